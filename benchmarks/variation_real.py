"""Score the repository-level seed variation on the validation set's labels (../shared/real-code-2/variation.json).

    python benchmarks/variation_real.py                        # extract every repository, check it, compare
    python benchmarks/variation_real.py --ids TL-System/plato -v
    python benchmarks/variation_real.py --no-layout            # reuse the trees already extracted

The paper cross-check rests on one fact per repository: does the code run one seed or several? The labels
say how many distinct training seeds each repository's own launchers, configs and README recipes run
(`unseeded | fixed-only | capacity-only | swept`, with `n` and `values`). Evidence can sit anywhere in the
repository, not only in the case files, so each repository is extracted whole (git archive of the labelled
commit) into the git-ignored benchmarks/out/variation/ and checked as one project, the way `seedaudit
audit` checks a submission's code; its `project.seed_variation` is compared with the label.

Agreement is per label class (the state). Where the states agree, the count is compared too: `n` for
swept, and the literal values for fixed-only (the cross-check quotes them against a paper's seeds).
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from devset import devset_arguments, extract_snapshot, find_gitdir, load_cases, ratio

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT.parent / "shared" / "real-code-2"
DEFAULT_OUT = ROOT / "benchmarks" / "out" / "variation"
STATES = ("unseeded", "fixed-only", "capacity-only", "swept")


def lay_out(entries: list[dict], mirror: Path, out: Path) -> None:
    """Extract each labelled repository at its commit, and say which could not be, or only in part."""
    missing, partial = [], []
    for entry in entries:
        gitdir = find_gitdir(mirror, entry["repo"])
        absent = None if gitdir is None else extract_snapshot(gitdir, entry["commit"], folder_of(out, entry))
        if absent is None:
            missing.append(entry["repo"])
        elif absent:
            partial.append(f"{entry['repo']} ({absent})")
    print(f"layout: {len(entries) - len(missing)} repositories under {out}")
    if partial:
        print("        files absent from the snapshot (its largest blobs, not extracted): " + ", ".join(partial))
    if missing:
        print("        not extracted (fetch them as github:<owner>/<name> snapshots under the mirror, then run "
              "again): " + " ".join(missing))


def folder_of(out: Path, entry: dict) -> Path:
    return out / entry["repo"].replace("/", "+", 1)


def measure(folder: Path):
    """The project's seed variation as `seedaudit audit` computes it for a submission's code folder."""
    from seedaudit.audit import submission_config
    from seedaudit.code.engine import check_paths
    from seedaudit.rules import Selection

    outcome = check_paths([folder], submission_config(folder), Selection.build(), use_cache=False, root=folder, jobs=2)
    return outcome.project.seed_variation if outcome.project is not None else None


def inside(path: str, folder: Path) -> str:
    """An evidence path relative to the repository, whatever folder the checker printed it against."""
    resolved = Path(path).resolve()
    return resolved.relative_to(folder.resolve()).as_posix() if resolved.is_relative_to(folder.resolve()) else path


def label_text(entry: dict) -> str:
    values = entry.get("values") or []
    shown = ", ".join(str(v) for v in values[:8]) + (", …" if len(values) > 8 else "")
    return f"{entry['variation']}(n={entry.get('n')}, [{shown}])"


def same_detail(entry: dict, found) -> bool | None:
    """Where the states agree: is the count (swept) or the set of literal values (fixed-only) the same too?

    None where the label carries nothing to compare (unseeded, capacity-only)."""
    if entry["variation"] == "swept":
        return found.count == entry["n"]
    if entry["variation"] == "fixed-only":
        return {str(v) for v in entry["values"]} == set(found.values)
    return None


def print_confusion(pairs: list[tuple[str, str]]) -> None:
    """Rows are the labels, columns what seedaudit says; the diagonal is agreement."""
    table = Counter(pairs)
    print(f"{'label / seedaudit':<18}" + "".join(f"{s:>15}" for s in STATES) + f"{'agree':>10}")
    for label in STATES:
        row = [table[(label, s)] for s in STATES]
        print(f"{label:<18}" + "".join(f"{n:>15}" for n in row) + f"{ratio(table[(label, label)], sum(row)):>10}")
    agree = sum(table[(s, s)] for s in STATES)
    print(f"{'all':<18}{'':>60}{ratio(agree, len(pairs)):>10}  ({agree}/{len(pairs)})")


def main(argv: list[str] | None = None) -> int:
    args = devset_arguments(__doc__, argv, DEFAULT_OUT, "repositories", "TL-System/plato",
                            "also list every repository that agrees")
    entries = load_cases(SET, "real-code-2", args.ids, file="variation.json", key="repo")
    if entries is None:
        return 0
    if not args.no_layout:
        lay_out(entries, args.mirror, args.out)

    pairs: list[tuple[str, str]] = []
    details: Counter = Counter()
    disagreements, agreements = [], []
    started = time.perf_counter()
    for entry in entries:
        folder = folder_of(args.out, entry)
        found = measure(folder) if folder.is_dir() else None
        if found is None:
            continue
        pairs.append((entry["variation"], found.state))
        line = f"  {entry['repo']}: label {label_text(entry)}, seedaudit {found.describe()}"
        if found.state != entry["variation"]:
            evidence = "; ".join(f"{inside(p, folder)}:{n} {what}" for p, n, what in found.evidence[:3])
            disagreements.append(line + (f" | {evidence}" if evidence else ""))
            continue
        same = same_detail(entry, found)
        if same is not None:
            details["same" if same else "differs"] += 1
            if not same:
                line += f" (n/values differ; seedaudit values {list(found.values)[:8]})"
        agreements.append(line)
    elapsed = time.perf_counter() - started

    print(f"\nvariation (real-code-2): {len(pairs)} repositories checked in {elapsed:.1f} s")
    print_confusion(pairs)
    print(f"where the state agrees on swept/fixed-only: n (swept) or values (fixed-only) the same in {details['same']}, "
          f"different in {details['differs']}")
    print(f"\ndisagreements: {len(disagreements)}")
    print("\n".join(disagreements))
    if args.verbose:
        print(f"\nagreements: {len(agreements)}")
        print("\n".join(agreements))
    if args.json:
        confusion = {f"{label} -> {found}": n for (label, found), n in sorted(Counter(pairs).items())}
        args.json.write_text(json.dumps({"confusion": confusion, "details": dict(details)}, indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
