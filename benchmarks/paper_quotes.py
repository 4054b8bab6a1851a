"""Sentence-level accuracy of the paper engine on labelled real quotes (../shared/real-quotes).

    python benchmarks/paper_quotes.py [--half tune|validation|both] [--jobs 2] [-v]

Each quote is labelled with the risk a seed/run checker should give it (risky, review, info, safe,
none: BACKGROUND §3). Two measurements, per half of the one split by paper (see real_quotes.py):
(a) sentence-level: the quote on its own through `classify_sentence`, the function the engine uses;
(b) in-paper: the real paper audit of the quote's PDF (--quotes-dir/<paper id>.pdf; pass-1 papers
have none), the quote matched to the findings and notes whose evidence sentence overlaps it (one
normalised text holds the other's first 40 characters; the most severe such risk wins, none if no
finding overlaps), so extraction and sentence splitting count too. Prints per-risk precision/recall,
the confusion of expected against given risk, risky precision/recall, and the PDF figures: risky
quotes found, and traps and safe uses flagged.
"""
from __future__ import annotations

from real_quotes import (RISK_OF, RISKS, arguments, audit_pdfs, confusion, half_of, halves, load, normalised,
                         print_split)

from seedaudit.paper import PaperAudit
from seedaudit.paper.audit import classify_sentence
from seedaudit.paper.scoring import format_table, per_category

PREFIX = 40


def overlaps(quote: str, evidence: str) -> bool:
    a, b = normalised(quote), normalised(evidence)
    return bool(a and b) and (a[:PREFIX] in b or b[:PREFIX] in a)


def in_paper_risk(quote: str, audit: PaperAudit) -> str:
    """The most severe risk among the audit's findings and notes whose evidence overlaps the quote."""
    risks = {RISK_OF[f.extra["category"]] for f in audit.findings + audit.notes
             if "category" in f.extra and f.evidence and overlaps(quote, f.evidence)}
    return next((risk for risk in RISKS if risk in risks), "none")


def report(title: str, rows: list[tuple[dict, str]], verbose: bool) -> None:
    """Per-risk table, confusion and the risky figures of (quote, given risk) rows."""
    pairs = [(q["risk"], got) for q, got in rows]
    scores = per_category(pairs)
    print(f"\n-- {title}: {len(rows)} quotes")
    print(format_table(scores))
    print(confusion(pairs))
    risky = scores.get("risky", {"precision": 1.0, "recall": 1.0})
    print(f"risky precision {risky['precision']:.2f} recall {risky['recall']:.2f}")
    if verbose:
        for q, got in rows:
            if q["risk"] != got:
                print(f"  {q['id']} {q['paper_id']:<5} expected {q['risk']:<6} got {got:<6} {q['category']:<28} "
                      f"{q['quote'][:150]}")


def pdf_figures(rows: list[tuple[dict, str]]) -> str:
    found = sum(1 for q, got in rows if q["risk"] == "risky" and got == "risky")
    clean = [got for q, got in rows if q["risk"] in ("none", "safe")]
    flagged_risky = sum(1 for got in clean if got == "risky")
    flagged = sum(1 for got in clean if got not in ("none", "safe"))
    return (f"PDF part: risky found {found}/{sum(1 for q, _ in rows if q['risk'] == 'risky')}; traps and safe uses "
            f"flagged risky {flagged_risky}/{len(clean)}, flagged at all {flagged}/{len(clean)}")


def main() -> None:
    args = arguments(__doc__)
    quotes = load(args.data, "quotes")
    if quotes is None:
        return
    print("split: validation when the first byte of sha256(paper id) is odd, else tune")
    print_split(quotes, "paper_id", "quotes")
    wanted = [q for q in quotes if half_of(q["paper_id"]) in halves(args.half)]
    audits = audit_pdfs(args.quotes_dir, {q["paper_id"] for q in wanted}, args.jobs)
    print(f"PDFs audited: {len(audits)} (from {args.quotes_dir})")
    summary = []
    for half in halves(args.half):
        mine = [q for q in wanted if half_of(q["paper_id"]) == half]
        alone = [(q, RISK_OF[classify_sentence(q["quote"])]) for q in mine]
        report(f"{half}, (a) sentence-level", alone, args.verbose)
        inside = [(q, in_paper_risk(q["quote"], audits[q["paper_id"]])) for q in mine if q["paper_id"] in audits]
        report(f"{half}, (b) in-paper", inside, args.verbose)
        figures = pdf_figures(inside)
        print(figures)
        summary.append((half, alone, inside, figures))
    print("\n== summary")
    for half, alone, inside, figures in summary:
        for way, rows in (("sentence", alone), ("in-paper", inside)):
            risky = per_category([(q["risk"], got) for q, got in rows]).get("risky")
            if risky:
                print(f"{half:<11} {way:<9} risky precision {risky['precision']:.2f} recall {risky['recall']:.2f} "
                      f"(n = {risky['support']})")
        print(f"{half:<11} {figures}")


if __name__ == "__main__":
    main()
