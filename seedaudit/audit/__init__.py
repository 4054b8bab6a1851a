"""`seedaudit audit`: one submission (paper + code) → paper audit, code audit, cross-check, optional rerun.

- submission: which file is the paper and which folder the code (archives unpacked safely), then the
  paper and code engines run and their results are joined into one Result with a verdict;
- crosscheck: the paper's claims against the code's seed facts (SA3xx);
- rerun_plan: from the code findings to the commands the re-runner runs over many seeds (SA4xx).

Library API (what `seedaudit audit`, `seedaudit scan` and the benchmarks call)::

    from seedaudit.audit import audit_submission, locate, submission_workdir
    with submission_workdir() as tmp:
        result = audit_submission(locate(Path("submission/"), None, None, tmp), selection=Selection())
"""
from __future__ import annotations

from .submission import (Submission, audit_submission, locate, read_nothing, relabel, submission_config,
                         submission_workdir)

__all__ = ["Submission", "audit_submission", "locate", "read_nothing", "relabel", "submission_config",
           "submission_workdir"]
