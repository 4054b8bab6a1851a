"""Per-rule precision and recall of the code engine over corpus/code/ (the project's own labelled cases).

    python benchmarks/code_accuracy.py            # table per rule
    python benchmarks/code_accuracy.py -v         # also every miss and false alarm

Each case folder is one small project whose `# expect: SA1xx` markers are the truth; all rules are
enabled (hygiene rules too), and scoring is the one the corpus test uses (seedaudit.code.expect.Score).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "code"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of case folders")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)

    from seedaudit.code.engine import check_paths
    from seedaudit.code.expect import Score, actual_findings, expected_findings
    from seedaudit.config import load_config
    from seedaudit.rules import Selection

    cases = sorted(p for p in args.corpus.iterdir() if p.is_dir()) if args.corpus.is_dir() else []
    if not cases:
        print(f"no case folders under {args.corpus}; nothing to score")
        return 0
    score = Score()
    selection = Selection.build(select=["ALL"])
    problems: list[str] = []
    started = time.perf_counter()
    for case in cases:
        if not (case / "pyproject.toml").is_file():
            problems.append(f"{case.name}: no pyproject.toml (skipped; every case must be its own project)")
            continue
        outcome = check_paths([case], load_config([case]), selection, use_cache=False)
        missing, unexpected = score.add(expected_findings(case), actual_findings(outcome.findings, case))
        problems += [f"{case.name}: miss {rid} {path}:{line}" for path, line, rid in sorted(missing)]
        problems += [f"{case.name}: false alarm {rid} {path}:{line}" for path, line, rid in sorted(unexpected)]
    elapsed = time.perf_counter() - started

    positives = sum(1 for c in cases if not c.name.startswith("safe-"))
    print(f"corpus/code: {len(cases)} case(s) ({positives} positive, {len(cases) - positives} safe) in {elapsed:.1f} s")
    print(f"{'rule':<8}{'TP':>5}{'FP':>5}{'FN':>5}{'prec':>7}{'recall':>8}")
    for rid, tp, fp, fn, precision, recall in score.table():
        print(f"{rid:<8}{tp:>5}{fp:>5}{fn:>5}{precision:>7.2f}{recall:>8.2f}")
    tp, fp, fn = (sum(c.values()) for c in (score.tp, score.fp, score.fn))
    print(f"{'all':<8}{tp:>5}{fp:>5}{fn:>5}{tp / (tp + fp) if tp + fp else 1:>7.2f}{tp / (tp + fn) if tp + fn else 1:>8.2f}")
    if problems:
        print(f"\n{len(problems)} problem(s)" + ("" if args.verbose else " (-v lists them)"))
        if args.verbose:
            print("\n".join(f"  {p}" for p in problems))
    return 0


if __name__ == "__main__":
    sys.exit(main())
