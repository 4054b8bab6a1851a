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
