"""Paper-level accuracy of the paper verdict on the labelled real papers (../shared/real-quotes/papers.json).

    python benchmarks/paper_verdicts.py [--half tune|validation|both] [--jobs 2] [-v]

Labels map onto the engine's verdicts (seedaudit.verdict.VERDICTS) as R (some result rests on one
seed/run or a best-of) -> "risky", V (only aggregates over seeds/runs) -> "review", S (only safe uses)
-> "ok", N (no statement about training seeds/runs) and O (other RNG only) -> "no seed information".
Papers with a PDF in --quotes-dir are audited from it; pass-1 papers without one are audited from their
labelled quotes alone (one paragraph each, in a temporary .txt, never in the project) and counted apart.
Per half: verdict agreement, the papers labelled S/N/O that are called risky, the papers labelled R
that are called risky, and the label-by-verdict table.
"""
from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from real_quotes import arguments, audit_pdfs, half_of, halves, load, print_split

from seedaudit.paper import PaperAudit, audit_paper
from seedaudit.verdict import VERDICTS

EXPECTED = {"R": "risky", "V": "review", "S": "ok", "N": "no seed information", "O": "no seed information"}
SHORT = {"risky": "risky", "review": "review", "ok": "ok", "no seed information": "none", "unreadable": "unread"}


def audit_quotes_only(papers: list[dict], quotes: list[dict]) -> dict[str, PaperAudit]:
    """Papers without a PDF, audited from a text file of their labelled quotes."""
    out = {}
    with tempfile.TemporaryDirectory() as folder:
        for paper in papers:
            path = Path(folder) / f"{paper['id']}.txt"
            path.write_text("\n\n".join(q["quote"] for q in quotes if q["paper_id"] == paper["id"]), encoding="utf-8")
            out[paper["id"]] = audit_paper(path)
    return out


def report(title: str, rows: list[tuple[dict, str]], verbose: bool) -> None:
    right = sum(1 for p, got in rows if EXPECTED[p["label"]] == got)
    clean = [got for p, got in rows if p["label"] in "SNO"]
    risky = [got for p, got in rows if p["label"] == "R"]
    print(f"\n-- {title}: agreement {right}/{len(rows)}; clean papers (S/N/O) called risky "
          f"{clean.count('risky')}/{len(clean)}; risky papers (R) called risky {risky.count('risky')}/{len(risky)}")
    counts = Counter((p["label"], got) for p, got in rows)
    print(f"{'label/got':<10}" + "".join(f"{SHORT[v]:>8}" for v in (*VERDICTS, "unreadable")))
    for label in "RVSNO":
        print(f"{label:<10}" + "".join(f"{counts[label, v]:>8}" for v in (*VERDICTS, "unreadable")))
    if verbose:
        for p, got in rows:
            if EXPECTED[p["label"]] != got:
                print(f"  {p['id']:<5} {p['label']} got {got:<20} {p['reason'][:140]}")


def main() -> None:
    args = arguments(__doc__)
    papers, quotes = load(args.data, "papers"), load(args.data, "quotes")
    if papers is None or quotes is None:
        return
    print("split: validation when the first byte of sha256(paper id) is odd, else tune")
    print_split(papers, "id", "labelled papers")
    wanted = [p for p in papers if half_of(p["id"]) in halves(args.half)]
    audits = audit_pdfs(args.quotes_dir, {p["id"] for p in wanted}, args.jobs)
    without = audit_quotes_only([p for p in wanted if p["id"] not in audits], quotes)
    for half in halves(args.half):
        mine = [p for p in wanted if half_of(p["id"]) == half]
        report(f"{half}, PDF", [(p, audits[p["id"]].verdict) for p in mine if p["id"] in audits], args.verbose)
        report(f"{half}, quotes only", [(p, without[p["id"]].verdict) for p in mine if p["id"] in without],
               args.verbose)


if __name__ == "__main__":
    main()
