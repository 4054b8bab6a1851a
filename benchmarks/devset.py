"""What the real-dev-set benchmarks share: their command line and reading the labelled cases."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

DEFAULT_MIRROR = Path(__file__).resolve().parent.parent.parent / ".mirror"


def devset_arguments(doc: str, argv: list[str] | None, default_out: Path, unit: str, example_ids: str,
                     verbose_help: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR, help="folder of owner+name/repo snapshots")
    parser.add_argument("--out", type=Path, default=default_out, help=f"where the {unit} are laid out (git-ignored)")
    parser.add_argument("--ids", nargs="*", help=f"only these {unit} (e.g. {example_ids})")
    parser.add_argument("--no-layout", action="store_true", help=f"reuse the {unit} already under --out")
    parser.add_argument("--verbose", "-v", action="store_true", help=verbose_help)
    parser.add_argument("--json", type=Path, help="also write the per-family figures to this JSON file")
    return parser.parse_args(argv)


def load_cases(folder: Path, name: str, ids: list[str] | None) -> list[dict] | None:
    """The cases of a dev set (only `ids` if given); None, with a message, where the set is absent."""
    if not (folder / "cases.json").is_file():
        print(f"skipped: the {name} development set is not here ({folder} is absent); nothing to score")
        return None
    cases = json.loads((folder / "cases.json").read_text(encoding="utf-8"))
    return [c for c in cases if c["id"] in set(ids)] if ids else cases


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
