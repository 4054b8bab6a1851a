"""What the real-code benchmarks share: their command line, reading the labelled cases, and extracting
repository snapshots (the fetched mirror) at a recorded commit into git-ignored scratch folders."""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
from pathlib import Path

DEFAULT_MIRROR = Path(__file__).resolve().parent.parent.parent / ".mirror"
# written next to an extracted tree: the commit it holds, so a second run skips the extraction
STAMP_SUFFIX = ".commit"


def devset_arguments(doc: str, argv: list[str] | None, default_out: Path | None, unit: str, example_ids: str,
                     verbose_help: str, sets: tuple[str, ...] = ()) -> argparse.Namespace:
    """The shared command line; with `sets`, also `--set` (the first is the default), and a `default_out`
    of None leaves --out unset so the caller can place each set's files apart."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR, help="folder of owner+name/repo snapshots")
    if sets:
        parser.add_argument("--set", choices=sets, default=sets[0], help=f"which labelled set (default {sets[0]})")
    parser.add_argument("--out", type=Path, default=default_out, help=f"where the {unit} are laid out (git-ignored)")
    parser.add_argument("--ids", nargs="*", help=f"only these {unit} (e.g. {example_ids})")
    parser.add_argument("--no-layout", action="store_true", help=f"reuse the {unit} already under --out")
    parser.add_argument("--verbose", "-v", action="store_true", help=verbose_help)
    parser.add_argument("--json", type=Path, help="also write the per-family figures to this JSON file")
    return parser.parse_args(argv)


def load_cases(folder: Path, name: str, ids: list[str] | None, file: str = "cases.json",
               key: str = "id") -> list[dict] | None:
    """The entries of a dev set's `file` (only those whose `key` is in `ids`, if given); None, with a message,
    where the set is absent."""
    if not (folder / file).is_file():
        print(f"skipped: the {name} development set is not here ({folder / file} is absent); nothing to score")
        return None
    cases = json.loads((folder / file).read_text(encoding="utf-8"))
    return [c for c in cases if c[key] in set(ids)] if ids else cases


def ratio(num: int, den: int) -> str:
    return f"{num / den:.2f}" if den else "  - "


def print_families(family_rule: dict[str, str], tp: dict, fp: dict, fn: dict) -> dict[str, dict]:
    """The per-family TP/FP/FN/precision/recall table and its total; returns the rows for --json."""
    print(f"{'family':<7}{'rule':<7}{'TP':>4}{'FP':>4}{'FN':>4}{'prec':>7}{'recall':>8}")
    rows = {}
    for family, rule in family_rule.items():
        t, f, n = tp[family], fp[family], fn[family]
        rows[family] = {"rule": rule, "tp": t, "fp": f, "fn": n}
        print(f"{family:<7}{rule:<7}{t:>4}{f:>4}{n:>4}{ratio(t, t + f):>7}{ratio(t, t + n):>8}")
    t, f, n = (sum(c.values()) for c in (tp, fp, fn))
    print(f"{'all':<14}{t:>4}{f:>4}{n:>4}{ratio(t, t + f):>7}{ratio(t, t + n):>8}")
    return rows


def find_gitdir(mirror: Path, repo: str) -> Path | None:
    """The fetched snapshot of owner/name: a bare repository or one with a work tree (as the layout scripts accept)."""
    base = mirror / repo.replace("/", "+", 1) / "repo"
    for candidate in (base / ".git", base):
        if (candidate / "HEAD").is_file():
            return candidate
    return None


def extract_snapshot(gitdir: Path, commit: str, dest: Path) -> int | None:
    """Write the tree of `commit` to `dest`, unless it is there already; the number of files the snapshot
    lacks (fetched snapshots leave out their largest blobs), or None if it lacks the commit itself.

    The tree is a scratch copy of third-party code for the checker to read: it lives under the git-ignored
    benchmarks/out/ and is never copied into the project. `git archive` stops at the first absent blob, so
    the blobs are read one batch at a time and the absent ones skipped. An empty `.git` folder marks the
    root, as in a real checkout, so the checker's project root stops there instead of at this repository.
    """
    stamp = dest.with_name(dest.name + STAMP_SUFFIX)
    if dest.is_dir() and stamp.is_file() and stamp.read_text().split()[:1] == [commit]:
        return int(stamp.read_text().split()[1])
    listing = subprocess.run(["git", "--git-dir", str(gitdir), "ls-tree", "-r", "-z", commit], capture_output=True)
    if listing.returncode != 0:
        return None
    shutil.rmtree(dest, ignore_errors=True)
    (dest / ".git").mkdir(parents=True)
    blobs = []  # (sha, path): regular files only; symlinks and submodules are no source to read
    for entry in listing.stdout.split(b"\0"):
        if entry:
            meta, path = entry.split(b"\t", 1)
            mode, kind, sha = meta.split()
            if kind == b"blob" and mode != b"120000":
                blobs.append((sha, path.decode("utf-8", "surrogateescape")))
    absent = sum(_write_blobs(gitdir, blobs[at:at + 200], dest) for at in range(0, len(blobs), 200))
    stamp.write_text(f"{commit} {absent}\n")
    return absent


def _write_blobs(gitdir: Path, blobs: list[tuple[bytes, str]], dest: Path) -> int:
    """Write one batch of blobs (`git cat-file --batch`) under `dest`; returns how many were absent."""
    out = subprocess.run(["git", "--git-dir", str(gitdir), "cat-file", "--batch"], capture_output=True,
                         input=b"".join(sha + b"\n" for sha, _ in blobs)).stdout
    absent, at = 0, 0
    for _, path in blobs:
        end = out.index(b"\n", at)
        header = out[at:end].split()
        if header[-1] == b"missing":
            absent, at = absent + 1, end + 1
            continue
        size = int(header[2])
        target = dest / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(out[end + 1:end + 1 + size])
        at = end + 1 + size + 1
    return absent
