"""Paper audit: find, classify and quantify what a paper says about random seeds and runs.

Library API (what `seedaudit paper`, `seedaudit audit` and `seedaudit scan` call)::

    from seedaudit.paper import audit_paper
    audit = audit_paper("paper.pdf", pdf_backend="auto", max_pages=300, time_limit=60.0)
    audit.verdict      # "risky" | "review" | "ok" | "no seed information" | "unreadable"
    audit.reasons      # why, one line each
    audit.findings     # SA2xx findings (risky and review categories) and SA001 input problems
    audit.notes        # safe uses (SA211 validation selection, SA212 ensemble, SA213 sensitivity)
    audit.claims       # Claims: n_seeds / n_runs (CountClaim: n, unit, category, evidence with sentence + page),
                       # max_n, seed_values [(value, Evidence)], values, best_of_n, spread_reported (+ evidence),
                       # significance_test, reproducibility_claim
    audit.sentences    # every seed/run sentence: text, category, rule_id, page/line/margin_line, n, seed_values
    audit.to_dict()    # the JSON form: Result.data["papers"][i]

Inputs: PDF (pypdfium2 fast path, pdfminer.six second backend), .tex files and LaTeX source folders
(\\input/\\include followed), source archives (.tar, .tar.gz, .zip, or one gzipped .tex), .txt/.md.
`audit_paper` never raises on bad input: the audit comes back with verdict "unreadable" and an SA001
finding. `seedaudit.paper.batch.audit_many(paths, jobs=N)` audits many papers with a process pool.

Pipeline: sources (what the path is; safe archive extraction) → pdf / latex / textfile (text with page
or line origins) → clean (ligatures, hyphenation, page furniture, margin numbers, references) →
audit (regex cues pick paragraphs) → nlp (spaCy blank English: sentences + rule patterns) → claims
(numbers, seed values, spread, tests) → classify (one category per sentence, from rules/SA2*.toml).
Nothing here imports spaCy or the PDF libraries until a paper needs them.
"""
from __future__ import annotations

from .audit import PaperAudit, SentenceRecord, audit_document, audit_paper
from .claims import Claims, CountClaim, Evidence

__all__ = ["Claims", "CountClaim", "Evidence", "PaperAudit", "SentenceRecord", "audit_document", "audit_paper"]
