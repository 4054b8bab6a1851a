"""The scan's driver: it discovers the documents, skips what results.jsonl already holds, hands the rest
to a pool (scan.pool), appends each record as it arrives (scan.store), and returns the records;
report.scan_html turns them into the table and the page. Workers never touch the output folder.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, TextIO

from ..version import __version__
from .discover import Doc, Problem, deduplicate, discover
from .pool import make_pool
from .store import ResultStore
from .work import Task


def options_tag(options: dict[str, Any]) -> str:
    """The part of a result's key that says which tool and options made it."""
    shown = json.dumps({k: options[k] for k in sorted(options)}, sort_keys=True)
    return f"{__version__}:{hashlib.sha256(shown.encode()).hexdigest()[:8]}"


@dataclass
class ScanOutcome:
    records: list[dict[str, Any]]
    scanned: int = 0
    skipped: int = 0
    errors: int = 0
    interrupted: bool = False
    seconds: float = 0.0


def _record(doc: Doc, key: str, body: dict[str, Any]) -> dict[str, Any]:
    head = {"key": key, "id": str(doc.meta.get("id") or doc.shown), "path": doc.shown, "kind": doc.kind,
            "hash": doc.digest[:16], "meta": doc.meta}
    if doc.duplicates:
        head["duplicates"] = doc.duplicates
    return head | body | {"tool_version": __version__}


def _problem_record(problem: Problem) -> dict[str, Any]:
    return {"key": f"input:{problem.path}:{problem.reason}", "id": str(problem.meta.get("id") or problem.path),
            "path": problem.path, "kind": "input", "meta": problem.meta, "status": "error", "verdict": "unreadable",
            "reasons": [problem.reason], "errors": [problem.reason], "findings": [], "notes": [], "claims": {},
            "mentions_seeds": False, "tool_version": __version__}


def largest_first(tasks: list[Task]) -> list[Task]:
    """The tasks, largest file first (folders, usually small LaTeX sources, last; discovery order among
    equals): a long document started last would leave the other workers idle at the end of the scan."""
    def size(task: Task) -> int:
        try:
            return 0 if task.is_dir else os.stat(task.path).st_size
        except OSError:  # gone since it was hashed: its worker says so
            return 0

    return sorted(tasks, key=size, reverse=True)


def run_scan(paths: list[Path], out: Path, *, jobs: int = 1, backend: str = "local", ray_address: str | None = None,
             layout: str = "auto", rescan: bool = False, retry_errors: bool = False, pdf_backend: str = "auto",
             max_pages: int = 300, time_limit: float = 60.0, memory_mb: int | None = 4096,
             on_progress: Callable[[str, dict[str, Any]], None] | None = None,
             warn: TextIO | None = None) -> ScanOutcome:
    """Scan everything the paths name into `out`; returns the records of this corpus (done now or before)."""
    started = time.monotonic()
    warn = warn or sys.stderr
    out.mkdir(parents=True, exist_ok=True)
    docs, problems = discover(paths, layout)
    docs = deduplicate(docs, problems)
    for problem in problems:
        if problem.manifest:
            warn.write(f"seedaudit scan: {problem.path}: {problem.reason}\n")
    options = {"pdf_backend": pdf_backend, "max_pages": max_pages, "time_limit": time_limit}
    tag = options_tag(options)
    store = ResultStore(out / "results.jsonl", fresh=rescan)
    for note in store.notes:
        warn.write(f"seedaudit scan: {note}\n")
    outcome = ScanOutcome(records=[])
    keys: list[str] = []
    todo: list[Task] = []
    by_key: dict[str, Doc] = {}
    for doc in docs:
        key = f"{doc.digest[:32]}:{doc.kind}:{tag}"
        keys.append(key)
        by_key[key] = doc
        done = store.get(key)
        if done is not None and not (retry_errors and done.get("status") == "error"):
            outcome.skipped += 1
            continue
        todo.append(Task(key, doc.shown, doc.kind, options, is_dir=doc.path.is_dir()))
    for problem in problems:
        record = _problem_record(problem)
        keys.append(record["key"])
        if record["key"] not in store:
            store.append(record)
    if on_progress:
        on_progress("start", {"total": len(todo), "skipped": outcome.skipped, "documents": len(docs)})
    try:
        if todo:
            pool = make_pool(backend, jobs, time_limit=time_limit, memory_mb=memory_mb, address=ray_address)
            try:
                for task in largest_first(todo):
                    pool.submit(task)
                for task, body in pool.as_completed():
                    record = _record(by_key[task.key], task.key, body)
                    store.append(record)
                    outcome.scanned += 1
                    outcome.errors += record["status"] == "error"
                    if on_progress:
                        on_progress("done", record)
            except KeyboardInterrupt:
                outcome.interrupted = True
                pool.cancel()
            finally:
                pool.close()
    finally:
        store.close()
    if outcome.interrupted:
        store.reload()
    outcome.records = [record for k in dict.fromkeys(keys) if (record := store.get(k)) is not None]
    outcome.seconds = time.monotonic() - started
    return outcome
