"""What paper_quotes.py and paper_verdicts.py share: the labelled real quotes and papers
(../shared/real-quotes: third-party text, read at run time, never copied into the project), their PDFs,
the one split into a tuning and a validation half, and the paper audits.

The split is by paper and fixed once, so that no paper lends sentences to both halves: a paper is in the
validation half when the first byte of the SHA-256 of its id (e.g. "p123") is odd, else in the tuning
half. Engine changes are tuned on the tuning half only; the validation half is read for kinds of failure.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from seedaudit.paper import PaperAudit  # noqa: E402
from seedaudit.paper.batch import audit_many  # noqa: E402

DATA = ROOT.parent / "shared" / "real-quotes"
PDFS = ROOT.parent / "dev-data" / "quotes"
HALVES = ("tune", "validation")
RISKS = ("risky", "review", "info", "safe", "none")
# the risk (BACKGROUND §3) of each engine category
RISK_OF = {"fixed-seed": "risky", "single-run": "risky", "best-of-seeds": "risky", "aggregate": "review",
           "tuned-one-seed": "review", "not-controllable": "info", "validation-selection": "safe",
           "ensemble": "safe", "sensitivity": "safe", "none": "none"}


def half_of(paper_id: str) -> str:
    """The split rule: odd first byte of sha256(paper id) -> validation, even -> tune."""
    return HALVES[hashlib.sha256(paper_id.encode()).digest()[0] % 2]


def arguments(doc: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA, help="folder of quotes.json and papers.json")
    parser.add_argument("--quotes-dir", type=Path, default=PDFS, help="folder of <paper id>.pdf")
    parser.add_argument("--half", choices=(*HALVES, "both"), default="both")
    parser.add_argument("--jobs", type=int, default=1, help="papers audited in parallel")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every disagreement")
    return parser.parse_args()


def load(data: Path, name: str) -> list[dict] | None:
    path = data / f"{name}.json"
    if not path.is_file():
        print(f"skipped: {path} is absent; nothing to measure")
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def halves(wanted: str) -> tuple[str, ...]:
    return HALVES if wanted == "both" else (wanted,)


def print_split(items: list[dict], key: str, unit: str) -> None:
    """The sizes of both halves, in papers and in `unit`."""
    for half in HALVES:
        chosen = [item for item in items if half_of(item[key]) == half]
        papers = {item[key] for item in chosen}
        print(f"{half:<11} {len(papers):>4} papers {len(chosen):>4} {unit}")


def audit_pdfs(folder: Path, paper_ids: set[str], jobs: int) -> dict[str, PaperAudit]:
    """The audit of every paper whose PDF is in `folder`, by paper id."""
    paths = sorted(folder / f"{pid}.pdf" for pid in paper_ids if (folder / f"{pid}.pdf").is_file())
    return {Path(a.path).stem: a for a in audit_many(paths, jobs=jobs)}


def confusion(pairs: list[tuple[str, str]]) -> str:
    """Expected risk (rows) against the risk seedaudit gives (columns)."""
    counts = Counter(pairs)
    lines = [f"{'expected/got':<15}" + "".join(f"{r:>8}" for r in RISKS)]
    for expected in RISKS:
        lines.append(f"{expected:<15}" + "".join(f"{counts[expected, got]:>8}" for got in RISKS))
    return "\n".join(lines)


NORMALISE = re.compile(r"[^a-z0-9]+")


def normalised(text: str) -> str:
    return NORMALISE.sub(" ", text.lower()).strip()
