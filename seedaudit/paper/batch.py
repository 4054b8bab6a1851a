"""Many papers at once: input expansion, a process pool (`--jobs`) or PDFs read ahead (one process), and the
combined `Result`."""
from __future__ import annotations

from pathlib import Path

from ..findings import Finding
from ..result import Result
from ..runtime import map_in_processes, runs_serially, worker_count
from .audit import PaperAudit, audit_paper, input_error
from .nlp import pipeline, share_with_forked_workers
from .readahead import reading_ahead
from .sources import expand_inputs, plain_pdf


def _one(args: tuple[str, str, int, float]) -> PaperAudit:
    path, backend, max_pages, time_limit = args
    return audit_paper(path, pdf_backend=backend, max_pages=max_pages, time_limit=time_limit)


def _serially(work: list[tuple[str, str, int, float]]) -> list[PaperAudit]:
    """One paper after another, with the PDFs read ahead on a second thread (readahead.py) while spaCy's
    pipeline is built and the papers before them are audited."""
    plan = [item for item in work if plain_pdf(Path(item[0]))]
    if not plan:
        return [_one(item) for item in work]
    with reading_ahead(plan):
        pipeline()
        return [_one(item) for item in work]


def audit_many(paths: list[Path], *, pdf_backend: str = "auto", max_pages: int = 300, time_limit: float = 60.0,
               jobs: int = 1) -> list[PaperAudit]:
    """Audit every paper the paths name, in input order; `jobs` > 1 uses a process pool (0: one worker per CPU)."""
    papers, problems = expand_inputs(paths)
    audits = [PaperAudit(p.path, findings=[input_error(p)], verdict="unreadable", reasons=[p.message]) for p in problems]
    work = [(str(p), pdf_backend, max_pages, time_limit) for p in papers]
    workers = worker_count(jobs)
    if runs_serially(workers, len(work)):
        audits.extend(_serially(work))
    else:
        audits.extend(map_in_processes(_one, work, workers, prepare=share_with_forked_workers))
    return audits


def paper_result(audits: list[PaperAudit], inputs: list[str]) -> Result:
    findings: list[Finding] = []
    notes: list[Finding] = []
    for audit in audits:
        findings.extend(audit.findings)
        notes.extend(audit.notes)
    return Result("paper", sorted(findings, key=Finding.sort_key), sorted(notes, key=Finding.sort_key),
                  {"papers": [a.to_dict() for a in audits]}, inputs)
