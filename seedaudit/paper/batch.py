"""Many papers at once: input expansion, a process pool (`--jobs`), and the combined `Result`."""
from __future__ import annotations

from pathlib import Path

from ..findings import Finding
from ..result import Result
from ..runtime import map_in_processes, worker_count
from .audit import PaperAudit, audit_paper, input_error
from .nlp import share_with_forked_workers
from .sources import expand_inputs


def _one(args: tuple[str, str, int, float]) -> PaperAudit:
    path, backend, max_pages, time_limit = args
    return audit_paper(path, pdf_backend=backend, max_pages=max_pages, time_limit=time_limit)


def audit_many(paths: list[Path], *, pdf_backend: str = "auto", max_pages: int = 300, time_limit: float = 60.0,
               jobs: int = 1) -> list[PaperAudit]:
    """Audit every paper the paths name, in input order; `jobs` > 1 uses a process pool (0: one worker per CPU)."""
    papers, problems = expand_inputs(paths)
    audits = [PaperAudit(p.path, findings=[input_error(p)], verdict="unreadable", reasons=[p.message]) for p in problems]
    work = [(str(p), pdf_backend, max_pages, time_limit) for p in papers]
    audits.extend(map_in_processes(_one, work, worker_count(jobs), prepare=share_with_forked_workers))
    return audits


def paper_result(audits: list[PaperAudit], inputs: list[str]) -> Result:
    findings: list[Finding] = []
    notes: list[Finding] = []
    for audit in audits:
        findings.extend(audit.findings)
        notes.extend(audit.notes)
    return Result("paper", sorted(findings, key=Finding.sort_key), sorted(notes, key=Finding.sort_key),
                  {"papers": [a.to_dict() for a in audits]}, inputs)
