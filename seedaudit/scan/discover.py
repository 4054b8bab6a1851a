"""`seedaudit scan`: audit a whole corpus of papers (and submissions), in parallel and resumably.

Driver only: it finds the documents (folder trees, manifests), hashes them, skips what results.jsonl
already holds, hands the rest to a pool (scan.pool), appends each record as it arrives (scan.store),
and returns the records; report.scan_html turns them into the table and the page. Workers never touch DIR.
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, TextIO

from .. import __version__
from ..paper.sources import ARCHIVE_SUFFIXES, NOT_REGULAR, TEX_SUFFIXES, TEXT_SUFFIXES, irregular

PAPER_SUFFIXES = (".pdf",) + TEX_SUFFIXES + TEXT_SUFFIXES + ARCHIVE_SUFFIXES
CODE_SUFFIXES = (".py", ".ipynb")
MANIFEST_SUFFIXES = (".csv", ".jsonl")
NOT_PAPERS = ("readme", "license", "licence", "list", "index", "changelog", "notice", "copying")  # corpus furniture
_VENUE_YEAR = re.compile(r"^(?P<venue>[A-Za-z][A-Za-z0-9]*?)[-_ ]?(?P<year>(?:19|20)\d{2})$")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")


@dataclass
class Doc:
    path: Path
    kind: str  # paper | submission
    meta: dict[str, Any] = field(default_factory=dict)
    digest: str = ""
    duplicates: list[str] = field(default_factory=list)

    @property
    def shown(self) -> str:
        return str(self.path)


@dataclass
class Problem:
    """An input that cannot be scanned (missing manifest file, bad row, symlink, empty folder)."""

    path: str
    reason: str
    meta: dict[str, Any] = field(default_factory=dict)
    manifest: bool = False  # also reported on stderr: the manifest's author needs to fix it


# --- discovery -------------------------------------------------------------------------------------

def _meta_from_path(path: Path, root: Path) -> dict[str, Any]:
    """venue and year from folder names such as acl-2025/ or acl/2025/ under the scanned root."""
    try:
        parts = path.relative_to(root).parts[:-1]
    except ValueError:
        parts = ()
    meta: dict[str, Any] = {}
    for index, part in enumerate(parts):
        if match := _VENUE_YEAR.match(part):
            meta.update(venue=match["venue"].lower(), year=int(match["year"]))
        elif _YEAR.match(part):
            meta["year"] = int(part)
            if index:
                meta.setdefault("venue", parts[index - 1].lower())
    return meta


def _is_submission(folder: Path) -> bool:
    """A submission is one paper (top-level PDF or LaTeX main file) next to code."""
    from ..audit.submission import _find_paper

    paper, supplements = _find_paper(folder)
    if paper is None or (paper.suffix.lower() == ".pdf" and any(s for s in supplements
                                                                 if not re.search(r"supp|appendix|checklist", s.stem, re.I))):
        return False
    return any(p.suffix.lower() in CODE_SUFFIXES for p in folder.rglob("*") if p.is_file())


def _is_latex_source(folder: Path) -> bool:
    """One LaTeX paper's source folder: a single top-level main file and no other papers beside it
    (a folder of several papers may hold .tex files too; PDFs beside a main file are taken for figures)."""
    from ..audit.submission import _main_tex

    if _main_tex(folder) is None:
        return False
    mains = others = 0
    for child in folder.iterdir():
        name = child.name.lower()
        if not child.is_file() or name.startswith(("readme", ".")):
            continue
        if name.endswith(TEX_SUFFIXES):
            mains += "\\documentclass" in child.read_text(encoding="utf-8", errors="replace")[:200_000]
        elif name.endswith(TEXT_SUFFIXES + ARCHIVE_SUFFIXES):
            others += 1
    return mains == 1 and others == 0


def _walk(folder: Path, root: Path, layout: str, docs: list[Doc], problems: list[Problem]) -> None:
    if layout == "auto" and _is_submission(folder):
        docs.append(Doc(folder, "submission", _meta_from_path(folder / "x", root)))
        return
    if _is_latex_source(folder):
        docs.append(Doc(folder, "paper", _meta_from_path(folder / "x", root)))
        return
    for child in sorted(folder.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_symlink():
            problems.append(Problem(str(child), "symbolic link; not followed"))
        elif child.is_dir():
            _walk(child, root, layout, docs, problems)
        elif child.name.lower().endswith(PAPER_SUFFIXES):
            if child.name.lower().endswith(TEXT_SUFFIXES) and child.name.lower().split(".")[0] in NOT_PAPERS:
                continue
            if child.is_file():
                docs.append(Doc(child, "paper", _meta_from_path(child, root)))
            else:
                problems.append(Problem(str(child), NOT_REGULAR))


def _row_meta(row: dict[str, Any]) -> dict[str, Any]:
    meta = {k: v for k, v in row.items() if k not in ("path", "file", "kind") and v not in (None, "")}
    if "year" in meta:
        try:
            meta["year"] = int(str(meta["year"]).strip())
        except ValueError:
            pass
    return meta


def _manifest_rows(manifest: Path) -> list[tuple[int, dict[str, Any] | None, str]]:
    """(line number, row or None, why-not) for every row of a CSV or JSONL manifest."""
    text = manifest.read_text(encoding="utf-8-sig", errors="replace")
    rows: list[tuple[int, dict[str, Any] | None, str]] = []
    if manifest.suffix.lower() == ".jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                rows.append((number, None, f"not valid JSON ({exc.msg})"))
                continue
            rows.append((number, row, "") if isinstance(row, dict) else (number, None, "not a JSON object"))
        return rows
    reader = csv.DictReader(text.splitlines())
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        return [(1, None, f"unreadable CSV header ({exc})")]
    if not header or not {"path", "file"} & {f.strip().lower() for f in header}:
        return [(1, None, "the CSV header has no 'path' column")]
    for number, row in enumerate(_csv_rows(reader), start=2):
        if isinstance(row, csv.Error):
            rows.append((number, None, f"unreadable CSV row ({row})"))
        elif None in row:
            rows.append((number, None, "more fields than the header names"))
        else:
            rows.append((number, {(k or "").strip().lower(): (v.strip() if isinstance(v, str) else v)
                                  for k, v in row.items() if k}, ""))
    return rows


def _csv_rows(reader: csv.DictReader) -> Iterator[dict[str, Any] | csv.Error]:
    """Every row, or the error of a row the csv module refuses (a field over its size limit, a stray
    NUL): that row is one bad-row line and the reader goes on with the next, not the whole scan."""
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield exc


def _from_manifest(manifest: Path, layout: str, docs: list[Doc], problems: list[Problem]) -> None:
    for number, row, why in _manifest_rows(manifest):
        where = f"{manifest}:{number}"
        if row is None:
            problems.append(Problem(where, f"bad manifest row: {why}", manifest=True))
            continue
        meta = _row_meta(row)
        raw = row.get("path") or row.get("file")
        if not isinstance(raw, str) or not raw.strip():
            problems.append(Problem(where, "bad manifest row: no path", meta, manifest=True))
            continue
        path = Path(raw.strip()).expanduser()
        path = path if path.is_absolute() else manifest.parent / path
        if not path.exists():
            problems.append(Problem(str(path), f"listed in {where} but no such file or folder", meta, manifest=True))
            continue
        if irregular(path):
            problems.append(Problem(str(path), f"listed in {where} but {NOT_REGULAR}", meta, manifest=True))
            continue
        kind = str(row.get("kind") or "").strip().lower()
        if kind not in ("", "paper", "submission"):
            problems.append(Problem(where, f"bad manifest row: kind must be paper or submission, not {kind!r}", meta,
                                    manifest=True))
            continue
        if not kind:
            kind = "submission" if path.is_dir() and layout == "auto" and _is_submission(path) else "paper"
        docs.append(Doc(path, kind, meta))


def discover(paths: list[Path], layout: str = "auto") -> tuple[list[Doc], list[Problem]]:
    """Every document the paths name (recursively), and one problem per input that cannot be scanned."""
    docs: list[Doc] = []
    problems: list[Problem] = []
    for path in paths:
        before = len(docs)
        if path.is_symlink() and not path.exists():
            problems.append(Problem(str(path), "broken symbolic link"))
        elif not path.exists():
            problems.append(Problem(str(path), "no such file or folder"))
        elif irregular(path):
            problems.append(Problem(str(path), NOT_REGULAR))
        elif path.is_file() and path.name.lower().endswith(MANIFEST_SUFFIXES):
            _from_manifest(path, layout, docs, problems)
        elif path.is_dir():
            _walk(path, path, layout, docs, problems)
            if len(docs) == before:
                problems.append(Problem(str(path), "no document found in this folder (PDF, LaTeX, archive, .txt, .md)"))
        else:
            docs.append(Doc(path, "paper"))
    return docs, problems


# --- identity --------------------------------------------------------------------------------------

def _file_digest(path: Path, into) -> None:
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            into.update(chunk)


def content_hash(doc: Doc) -> str:
    """sha256 of the file, or of a folder's relative names and contents (symlinks and hidden files left out)."""
    digest = hashlib.sha256(doc.kind.encode() + b"\0")
    if doc.path.is_dir():
        for member in sorted(doc.path.rglob("*")):
            rel = member.relative_to(doc.path)
            if member.is_file() and not member.is_symlink() and not any(p.startswith(".") for p in rel.parts):
                digest.update(rel.as_posix().encode() + b"\0")
                _file_digest(member, digest)
    else:
        _file_digest(doc.path, digest)
    return digest.hexdigest()


def options_tag(options: dict[str, Any]) -> str:
    """The part of a result's key that says which tool and options made it."""
    shown = json.dumps({k: options[k] for k in sorted(options)}, sort_keys=True)
    return f"{__version__}:{hashlib.sha256(shown.encode()).hexdigest()[:8]}"


def deduplicate(docs: list[Doc], hash_errors: list[Problem]) -> list[Doc]:
    """One Doc per content hash (the first found); later copies are listed in its `duplicates`."""
    unique: dict[str, Doc] = {}
    for doc in docs:
        try:
            doc.digest = content_hash(doc)
        except OSError as exc:
            hash_errors.append(Problem(doc.shown, f"cannot be read: {exc.strerror or exc}", doc.meta))
            continue
        first = unique.setdefault(doc.digest, doc)
        if first is not doc:
            first.duplicates.append(doc.shown)
            for key, value in doc.meta.items():
                first.meta.setdefault(key, value)
    return list(unique.values())


# --- the scan --------------------------------------------------------------------------------------

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


def run_scan(paths: list[Path], out: Path, *, jobs: int = 1, backend: str = "local", ray_address: str | None = None,
             layout: str = "auto", rescan: bool = False, retry_errors: bool = False, pdf_backend: str = "auto",
             max_pages: int = 300, time_limit: float = 60.0, memory_mb: int | None = 4096,
             on_progress: Callable[[str, dict[str, Any]], None] | None = None,
             warn: TextIO | None = None) -> ScanOutcome:
    """Scan everything the paths name into `out`; returns the records of this corpus (done now or before)."""
    from .pool import make_pool
    from .store import ResultStore
    from .work import Task

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
                for task in todo:
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
    outcome.records = [store.get(k) for k in dict.fromkeys(keys) if store.get(k) is not None]
    outcome.seconds = time.monotonic() - started
    return outcome
