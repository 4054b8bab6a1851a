"""Ecosystem check (like ruff's): `seedaudit check` over a fixed list of real ML repositories, and what changed.

    python benchmarks/ecosystem.py               # check every repository, print the figures and a diff summary
    python benchmarks/ecosystem.py --diff        # also every finding added or removed since the stored run
    python benchmarks/ecosystem.py --list        # also every finding of this run
    python benchmarks/ecosystem.py --save        # store this run as the new reference
    python benchmarks/ecosystem.py --diff --base HEAD   # the reference is a run of that git revision, made now
    python benchmarks/ecosystem.py --repos openai/CLIP Kaixhin/Rainbow

No labels here: the point is to read, by hand, each finding a rule change adds or removes on code nobody
tuned on. Each repository is pinned to a commit (the snapshot HEAD when the list was made, from
../shared/ecosystem.txt) and extracted from the fetched mirror into the git-ignored
benchmarks/out/ecosystem/, then checked by the command line a user would run. The reference run is
benchmarks/out/ecosystem-last.json (rule, path, line, message per finding). It is git-ignored, so a fresh
clone has none: `--base REV` makes the reference instead by running that revision of seedaudit (checked
out into a temporary git worktree) over the same snapshots, as ruff's ecosystem check compares two revisions.

Also flagged: one rule reporting the same message template more than REPEATED times in one repository,
the smell of one project-level problem reported once per config file.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from devset import DEFAULT_MIRROR, extract_snapshot, find_gitdir

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "ecosystem"
REFERENCE = ROOT / "benchmarks" / "out" / "ecosystem-last.json"
JOBS = 2
REPEATED = 5
# repository, commit: the snapshot HEADs of ../shared/ecosystem.txt when this list was made
REPOS = (
    ("vwxyzjn/cleanrl", "fe8d8a03c41a7ef5b523e2e354bd01c363e786bb"),
    ("DLR-RM/rl-baselines3-zoo", "22e3ff2450fd92033f7f032915e1f64894a09584"),
    ("openai/CLIP", "d05afc436d78f1c48dc0dbf8e5980a9d471f35f6"),
    ("openai/guided-diffusion", "22e0df8183507e13a7813f8d38d51b072ca1e67c"),
    ("lucidrains/vit-pytorch", "69d24fe9e3024c0d4b02761123b8583a24ebed1e"),
    ("facebookresearch/swav", "06b1b7cbaf6ba2a792300d79c7299db98b93b7f9"),
    ("facebookresearch/barlowtwins", "8e8d284ca0bc02f88b92328e53f9b901e86b4a3c"),
    ("facebookresearch/simsiam", "a7bc1772896d0dad0806c51f0bb6f3b16d290468"),
    ("yunjey/pytorch-tutorial", "0500d3df5a2a8080ccfccbc00aca0eacc21818db"),
    ("jadore801120/attention-is-all-you-need-pytorch", "132907dd272e2cc92e3c10e6c4e783a87ff8893d"),
    ("Kaixhin/Rainbow", "1745b184c3dfc03d4ffa3ce2342ced9996b39a60"),
    ("tatsu-lab/stanford_alpaca", "761dc5bfbdeeffa89b8bff5d038781a4055f796a"),
    ("CompVis/latent-diffusion", "a506df5756472e2ebaf9078affdde2c4f1502cd4"),
    ("google-research/vision_transformer", "c6de1e5378c9831a8477feb30994971bdc409e46"),
    ("kenshohara/3D-ResNets-PyTorch", "540a0ea1abaee379fa3651d4d5afbd2d667a1f49"),
    ("NVlabs/stylegan2-ada-pytorch", "d72cc7d041b42ec8e806021a205ed9349f87c6a4"),
    ("microsoft/Swin-Transformer", "f82860bfb5225915aca09c3227159ee9e1df874d"),
    ("salesforce/BLIP", "056a169437371659074aa2732649d5de3bffb4a8"),
)
# what a finding is, for the stored run and the diff (the line is stable: every repository is pinned)
KEYS = ("rule", "path", "line", "message")
_VARIABLE = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`|\d+(?:\.\d+)?")


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR, help="folder of owner+name/repo snapshots")
    parser.add_argument("--repos", nargs="*", help="only these repositories (owner/name)")
    parser.add_argument("--diff", action="store_true", help="print every finding added or removed since the stored run")
    parser.add_argument("--list", action="store_true", help="print every finding of this run")
    parser.add_argument("--save", action="store_true", help=f"store this run as the reference ({REFERENCE.name})")
    parser.add_argument("--base", metavar="REV", help="compare with a run of this git revision instead of the stored run")
    return parser.parse_args(argv)


def check(folder: Path, empty: Path, source: Path | None = None) -> dict:
    """`seedaudit check` on one extracted repository, from its root, as a user would run it there (with the
    seedaudit package of the checkout `source` when given, else the installed one).

    A repository without its own pyproject.toml gets the `empty` one through --config: otherwise the search
    upward would find this project's, whose excludes name benchmarks/ and would hide every file."""
    config = [] if (folder / "pyproject.toml").is_file() else ["--config", str(empty)]
    cmd = [sys.executable, "-m", "seedaudit", "check", ".", "-f", "json", "--exit-zero", "--no-cache",
           "--jobs", str(JOBS), *config]
    env = os.environ | {"PYTHONPATH": str(source)} if source is not None else None
    done = subprocess.run(cmd, cwd=folder, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"seedaudit check exited {done.returncode}: {done.stderr.strip()[-500:]}")
    report = json.loads(done.stdout)
    findings = [{"rule": f["rule_id"], "path": f["location"]["path"], "line": f["location"]["line"],
                 "message": f["message"]} for f in report["findings"]]
    return {"files": report["stats"]["files"], "findings": findings}


def template(message: str) -> str:
    """A message with its numbers and quoted names blanked, so per-file variants of one problem group together."""
    return _VARIABLE.sub("_", message)


def print_repo(repo: str, run: dict, seconds: float) -> None:
    files, findings = run["files"], run["findings"]
    by_rule = Counter(f["rule"] for f in findings)
    rules = " ".join(f"{rule}:{n}" for rule, n in sorted(by_rule.items())) or "-"
    per100 = 100 * len(findings) / files if files else 0.0
    print(f"{repo:<48}{files:>6}{len(findings):>9}{per100:>9.1f}  {seconds:>5.1f}s  {rules}")
    repeated = Counter((f["rule"], template(f["message"])) for f in findings)
    for (rule, text), n in sorted(repeated.items(), key=lambda item: -item[1]):
        if n > REPEATED:
            print(f"{'':<4}repeated {n}x {rule}: {text[:150]}")


def key(repo: str, finding: dict) -> tuple:
    return (repo, *(finding[k] for k in KEYS))


def base_run(rev: str, folders: dict[str, Path], empty: Path) -> dict[str, dict]:
    """The findings of seedaudit at git revision `rev` over the extracted repositories, from a temporary
    worktree of this checkout that is removed afterwards."""
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), rev], check=True)
        try:
            return {repo: check(folder, empty, tree) for repo, folder in folders.items()}
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


def print_diff(current: dict[str, dict], reference: dict[str, dict], full: bool, against: str) -> None:
    """Findings added and removed since the reference run, over the repositories of this run."""
    now = {key(repo, f) for repo, run in current.items() for f in run["findings"]}
    before = {key(repo, f) for repo, run in reference.items() if repo in current for f in run["findings"]}
    added, removed = sorted(now - before), sorted(before - now)
    print(f"\nagainst {against}: {len(added)} finding(s) added, {len(removed)} removed")
    if full:
        for sign, items in (("+", added), ("-", removed)):
            for repo, rule, path, line, message in items:
                print(f"  {sign} {repo} {path}:{line} {rule} {message}")


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    repos = [(r, c) for r, c in REPOS if not args.repos or r in args.repos]
    OUT.mkdir(parents=True, exist_ok=True)
    empty = OUT / "empty-pyproject.toml"
    empty.write_text("", encoding="utf-8")
    current: dict[str, dict] = {}
    folders: dict[str, Path] = {}
    print(f"{'repository':<48}{'files':>6}{'findings':>9}{'per100':>9}  {'time':>6}  by rule")
    for repo, commit in repos:
        gitdir = find_gitdir(args.mirror, repo)
        folder = OUT / repo.replace("/", "+", 1)
        absent = None if gitdir is None else extract_snapshot(gitdir, commit, folder)
        if absent is None:
            print(f"{repo:<48}not in the mirror at {commit[:12]} (fetch github:{repo})")
            continue
        started = time.perf_counter()
        folders[repo] = folder
        current[repo] = check(folder, empty) | {"commit": commit}
        print_repo(repo, current[repo], time.perf_counter() - started)
        if absent:
            print(f"{'':<4}{absent} file(s) absent from the snapshot (its largest blobs) were not checked")
    files = sum(run["files"] for run in current.values())
    total = sum(len(run["findings"]) for run in current.values())
    by_rule = Counter(f["rule"] for run in current.values() for f in run["findings"])
    print(f"{'total (' + str(len(current)) + ' repositories)':<48}{files:>6}{total:>9}{100 * total / max(files, 1):>9.1f}"
          f"  {'':>6}  " + " ".join(f"{rule}:{n}" for rule, n in sorted(by_rule.items())))
    if args.list:
        for repo, run in current.items():
            for f in run["findings"]:
                print(f"  {repo} {f['path']}:{f['line']} {f['rule']} {f['message']}")
    reference = json.loads(REFERENCE.read_text(encoding="utf-8")) if REFERENCE.is_file() else None
    if args.base:
        print_diff(current, base_run(args.base, folders, empty), args.diff, f"revision {args.base}")
    elif reference is not None:
        print_diff(current, reference, args.diff, str(REFERENCE.relative_to(ROOT)))
    else:
        print(f"\nno stored run yet ({REFERENCE.relative_to(ROOT)}): --save stores this one")
    if args.save:  # a run over some repositories replaces only theirs
        REFERENCE.write_text(json.dumps((reference or {}) | current, indent=1) + "\n", encoding="utf-8")
        print(f"stored as the reference: {REFERENCE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
