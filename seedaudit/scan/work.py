"""What a scan worker does with one document: audit it and turn the audit into one results.jsonl record.

A task carries either a path (workers on the driver's machine read it) or the document's bytes (Ray
workers on other machines: a file as it is, a folder as an uncompressed tar that is unpacked with the
paper engine's safe extraction). The verdict, reasons, claims and findings are the ones `seedaudit
paper` (or `seedaudit audit` for a submission) reports: nothing here classifies anything itself.
"""
from __future__ import annotations

import io
import re
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..findings import Finding
from ..rules import engine_of

# Matcher labels that only a random seed in the RNG sense carries. The bare SEED label is weaker (the matcher
# removes seed words and seed data, but tables and "pre-match seeding" keep it): it counts only in a sentence
# the paper audit classified, or one that says "random seed".
SEED_SPECIFIC = frozenset({"SEED_VALUE", "FIXED_SEED", "MULTI_SEEDS", "AGG_SEEDS", "ONE_SEED", "NO_CONTROL"})
_RANDOM_SEED = re.compile(r"\brandom(?:ly chosen)? seeds?\b|\bseeds? values?\b", re.I)


def mentions_seed(text: str, category: str | None, labels: set[str] | None) -> bool:
    """Does this seed-or-run sentence of the paper audit talk about a random seed (not only about runs)?"""
    if labels is None:  # the JSON form of a sentence keeps no labels
        return bool(_RANDOM_SEED.search(text)) or (category not in (None, "none") and "seed" in text.lower())
    return bool(labels & SEED_SPECIFIC) or ("SEED" in labels and (category is not None or bool(_RANDOM_SEED.search(text))))


@dataclass
class Task:
    key: str
    path: str  # as the user named it (shown in every record)
    kind: str  # paper | submission
    options: dict[str, Any] = field(default_factory=dict)
    data: bytes | None = None  # the document itself, when workers cannot read the driver's disk
    is_dir: bool = False


def pack(path: Path) -> bytes:
    """A folder (LaTeX source tree, submission) as an uncompressed tar of its regular files, for remote workers."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for member in sorted(path.rglob("*")):
            if member.is_file() and not member.is_symlink():
                tar.add(member, arcname=member.relative_to(path).as_posix(), recursive=False)
    return buffer.getvalue()


def with_data(task: Task) -> Task:
    """The task with the document's bytes inside, read just before it is sent to a remote worker."""
    path = Path(task.path)
    task.data = pack(path) if task.is_dir else path.read_bytes()
    return task


def finding_dict(f: Finding) -> dict[str, Any]:
    """The compact form of a finding in a scan record: what it is, where (page / line), and the sentence."""
    loc = f.location
    out = {"rule_id": f.rule_id, "rule_name": f.rule_name, "severity": str(f.severity),
           "category": (f.extra or {}).get("category"), "message": f.message, "path": loc.path, "page": loc.page,
           "line": loc.line, "margin_line": loc.margin_line, "evidence": f.evidence}
    return {k: v for k, v in out.items() if v not in (None, "")}


def _paper_record(audit) -> dict[str, Any]:
    data = audit.to_dict()
    real = [f for f in audit.findings if f.rule_id != "SA001"]
    return {
        "status": "unreadable" if audit.verdict == "unreadable" else "ok",
        "verdict": audit.verdict, "reasons": audit.reasons, "claims": data["claims"],
        "findings": [finding_dict(f) for f in real], "notes": [finding_dict(f) for f in audit.notes],
        "errors": [f.message for f in audit.findings if f.rule_id == "SA001"],
        "mentions_seeds": any(mentions_seed(s.text, s.category, set(s.labels)) for s in audit.sentences),
        "seed_sentences": len(audit.sentences), "pages": audit.pages, "format": audit.kind,
        "backend": audit.backend,
    }


def _submission_record(folder: Path, options: dict[str, Any]) -> dict[str, Any]:
    from ..audit import audit_submission, locate, submission_workdir
    from ..rules import Selection

    with submission_workdir() as tmp:
        result = audit_submission(locate(folder, None, None, tmp), selection=Selection.build(),
                                  pdf_backend=options.get("pdf_backend", "auto"))
    papers = [p for p in result.data.get("papers", []) if not p.get("supplement")]
    paper = papers[0] if papers else {"verdict": "unreadable", "reasons": ["no paper found"]}
    paper_findings = [f for f in result.findings if engine_of(f.rule_id) == "paper"]
    other = [f for f in result.findings if engine_of(f.rule_id) != "paper" and f.rule_id != "SA001"]
    sentences = paper.get("sentences", [])
    return {
        "status": "unreadable" if paper["verdict"] == "unreadable" else "ok",
        "verdict": paper["verdict"], "reasons": paper.get("reasons", []), "claims": paper.get("claims", {}),
        "findings": [finding_dict(f) for f in paper_findings], "notes": [finding_dict(f) for f in result.notes],
        "code_findings": [finding_dict(f) for f in other],
        "submission": {"verdict": result.data["verdict"]["level"], "reasons": result.data["verdict"]["reasons"],
                       "crosscheck": result.data.get("crosscheck", []), "code": result.data.get("code", {})},
        "errors": [f"{x['what']}: {x['reason']}" for x in result.data.get("failures", [])],
        "mentions_seeds": any(s.get("seed_values") or mentions_seed(s["text"], s.get("category"), None) for s in sentences),
        "seed_sentences": len(sentences), "pages": paper.get("pages", 0), "format": paper.get("kind", ""),
        "backend": paper.get("backend", ""),
    }


def _audit(path: Path, task: Task) -> dict[str, Any]:
    options = task.options
    if task.kind == "submission":
        return _submission_record(path, options)
    from ..paper import audit_paper

    return _paper_record(audit_paper(path, pdf_backend=options.get("pdf_backend", "auto"),
                                     max_pages=options.get("max_pages", 300),
                                     time_limit=options.get("time_limit", 60.0), display=task.path))


def _from_bytes(task: Task) -> dict[str, Any]:
    from ..paper.sources import extract_archive

    with tempfile.TemporaryDirectory(prefix="seedaudit-scan-") as tmp:
        name = Path(task.path).name or "document"
        target = Path(tmp) / name
        if task.is_dir:
            target.mkdir()
            archive = Path(tmp) / "packed.tar"
            archive.write_bytes(task.data)
            extract_archive(archive, target, task.path, keep=None)
            archive.unlink()
        else:
            target.write_bytes(task.data)
        from ..audit import relabel

        return relabel(_audit(target, task), target, task.path.rstrip("/"))  # the user's path, not the copy's


def audit_task(task: Task) -> dict[str, Any]:
    """The record of one document; any failure of the engine becomes an error record, never an exception."""
    started = time.monotonic()
    try:
        record = _from_bytes(task) if task.data is not None else _audit(Path(task.path), task)
    except MemoryError:
        record = error_record("out of memory while auditing this document")
    except RecursionError:
        record = error_record("input too deeply nested to audit")
    except Exception as exc:  # an engine bug on one document must not stop the scan
        record = error_record(f"internal error: {type(exc).__name__}: {exc}")
    record["timings"] = {"audit_s": round(time.monotonic() - started, 3)}
    return record


def error_record(reason: str) -> dict[str, Any]:
    return {"status": "error", "verdict": "unreadable", "reasons": [reason], "errors": [reason], "findings": [],
            "notes": [], "claims": {}, "mentions_seeds": False, "seed_sentences": 0, "pages": 0}
