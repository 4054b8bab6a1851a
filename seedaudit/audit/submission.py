"""One submission (paper + code) → paper audit, code audit, cross-check, optional rerun, joined into one Result.

Every part that can fail is recorded in `failures` and the rest still runs, so a submission with an
unreadable paper or unparsable code still gets a report of what could be audited.
"""
from __future__ import annotations

import contextlib
import dataclasses
import glob
import os
import platform
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..config import Config, load_config
from ..errors import PaperInputError
from ..findings import Finding, assign_fingerprints
from ..paper.locate import ARCHIVE_SUFFIXES, locate_paper, within
from ..result import Result
from ..rules import Selection
from ..verdict import verdict_of


@dataclass
class Submission:
    name: str
    root: Path | None
    paper: Path | None = None
    supplements: list[Path] = field(default_factory=list)
    code: Path | None = None
    problems: list[dict[str, str]] = field(default_factory=list)
    refused: list[Path] = field(default_factory=list)  # symbolic links that lead out of the submission
    paper_note: str | None = None  # which file was taken as the paper, when that is not obvious
    unpacked: tuple[Path, str] | None = None  # an archive's temporary folder, and the archive's path to show instead


def _is_archive(path: Path) -> bool:
    return path.is_file() and path.name.lower().endswith(ARCHIVE_SUFFIXES)


def _leaving(folder: Path, home: Path) -> list[Path]:
    """The symbolic links under `folder` that lead out of `home` (the submission): a submission must not
    make the audit read files elsewhere on the reviewer's machine and copy their lines into the report.
    Linked folders are listed too, though nothing walks into them."""
    root = home.resolve()
    return sorted(Path(base) / name for base, dirs, files in os.walk(folder) for name in dirs + files
                  if (Path(base) / name).is_symlink() and not within(Path(base) / name, root))


def locate(path: Path | None, paper: Path | None, code: Path | None, workdir: Path) -> Submission:
    """Which file is the paper and which folder is the code; archives are unpacked safely into `workdir`."""
    if path is not None and _is_archive(path):
        from ..paper.sources import extract_archive

        dest = workdir / "submission"
        dest.mkdir()
        try:
            problems = [{"what": p.path, "reason": p.message} for p in extract_archive(path, dest, str(path), keep=None)]
        except PaperInputError as exc:
            sub = Submission(name=path.name, root=None)
            sub.problems = [{"what": exc.path, "reason": exc.message}, {"what": "paper", "reason": "no paper found"},
                            {"what": "code", "reason": "no code found"}]
            return sub
        entries = [p for p in dest.iterdir()]
        root = entries[0] if len(entries) == 1 and entries[0].is_dir() else dest
        sub = locate(root, paper, code, workdir)
        sub.name, sub.problems, sub.unpacked = path.name, problems + sub.problems, (dest, str(path))
        return sub
    sub = Submission(name=(path or paper or code or Path(".")).name, root=path)
    if path is not None and path.is_dir():
        found = locate_paper(path, submission=True)
        sub.paper, sub.supplements = paper or found.paper, list(found.supplements) if paper is None else []
        sub.paper_note = found.note() if paper is None else None
        sub.code = code or path
    elif path is not None and path.exists():  # a paper, or a pipe or device that the paper engine refuses
        sub.paper = path
        sub.code = code
    else:
        sub.paper, sub.code = paper, code
    if path is not None and not path.exists():
        sub.problems.append({"what": str(path), "reason": "no such file or directory"})
    if sub.paper is None:
        sub.problems.append({"what": "paper", "reason": "no paper found (a top-level PDF, LaTeX main file or paper.txt/paper.md, or --paper)"})
    if sub.code is None:
        sub.problems.append({"what": "code", "reason": "no code given (a submission folder, or --code)"})
    elif sub.code.is_dir():
        home = path if path is not None and path.is_dir() and within(sub.code, path.resolve()) else sub.code
        sub.refused = _leaving(sub.code, home)
        sub.problems += [{"what": str(link), "reason": "symbolic link leading outside the submission; not read"}
                         for link in sub.refused]
    return sub


def submission_config(code: Path) -> Config:
    """A submission is its own project: its own pyproject.toml counts, nothing above it does."""
    own = code / "pyproject.toml"
    return load_config([code], own) if own.is_file() else Config(root=code)


def _machine() -> dict[str, Any]:
    import os

    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()}


def audit_submission(sub: Submission, *, selection: Selection, config: Config | None = None, pdf_backend: str = "auto",
                     rerun: bool = False, rerun_options: dict[str, Any] | None = None,
                     on_event: Callable[..., None] | None = None) -> Result:
    started = time.monotonic()
    findings: list[Finding] = []
    notes: list[Finding] = []
    failures: list[dict[str, str]] = list(sub.problems)
    data: dict[str, Any] = {"submission": {"name": sub.name, "path": str(sub.root or ""),
                                           "paper": str(sub.paper) if sub.paper else None,
                                           "code": str(sub.code) if sub.code else None}}
    inputs: list[str] = []
    papers: list[dict[str, Any]] = []
    claims = None
    paper_path = str(sub.paper) if sub.paper else ""
    if sub.paper is not None:
        from ..paper import audit_paper

        for index, doc in enumerate([sub.paper, *sub.supplements]):
            audit = audit_paper(doc, pdf_backend=pdf_backend)
            inputs.append(str(doc))
            findings += audit.findings
            notes += audit.notes
            papers.append(audit.to_dict() | ({"supplement": True} if index else {}))
            if audit.verdict == "unreadable":
                failures.append({"what": str(doc), "reason": "; ".join(audit.reasons) or "unreadable"})
            elif index == 0:
                claims = audit.claims
            else:
                _merge_claims(claims, audit.claims)
    project = None
    code_findings: list[Finding] = []
    if sub.code is not None:
        from ..code.engine import check_paths

        config = config or submission_config(sub.code)
        paper_side = [p for p in (sub.paper, *sub.supplements) if p is not None and p.is_file()]  # a paper.md is no README
        outcome = check_paths([sub.code], config, selection, exclude=tuple(glob.escape(str(p)) for p in sub.refused + paper_side),
                              use_cache=False, root=sub.code)
        if not outcome.files_checked:
            failures.append({"what": str(sub.code), "reason": "no code found (Python files, notebooks, launchers or configs)"})
        code_findings = outcome.findings
        findings += code_findings
        failures += [{"what": f.location.path, "reason": f.message} for f in code_findings if f.rule_id == "SA001"]
        project = outcome.project
        inputs.append(str(sub.code))
        if project is not None:
            data["code"] = {"files": outcome.files_checked, "parsed": outcome.files_parsed,
                            "seed_variation": project.seed_variation.describe(),
                            "seed_evidence": [f"{p}:{line} {what}" for p, line, what in project.seed_variation.evidence[:8]]}
    if claims is not None and project is not None:
        from .crosscheck import crosscheck

        cross, rows = crosscheck(claims, project, code_findings, paper_path, selection)
        findings += cross
        data["crosscheck"] = rows
    if rerun:
        from .rerun_plan import rerun_submission

        rerun_data, rerun_findings, problems = rerun_submission(sub, project, code_findings, claims, rerun_options or {}, on_event)
        if rerun_data:
            data["rerun"] = rerun_data
        findings += rerun_findings
        failures += problems
    findings = [f for f in findings if f.rule_id in selection]
    assign_fingerprints(findings)
    findings.sort(key=lambda f: (-int(f.severity), f.sort_key()))
    verdict = verdict_of(findings, notes, claims)  # the paper's own verdict, when the code adds nothing
    data.update(papers=papers, failures=failures, verdict={"level": verdict.name, "reasons": verdict.reasons})
    data["provenance"] = {
        "generated": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "seconds": round(time.monotonic() - started, 2),
        "inputs": _hashes([p for p in [sub.paper, *sub.supplements] if p]), "rules": len(selection.enabled),
        "machine": _machine(), "command": " ".join(sys.argv[1:]) or "audit",
    }
    result = Result("audit", findings=findings, notes=notes, data=data, inputs=inputs)
    if sub.unpacked is None:
        return result
    result = relabel(result, *sub.unpacked)
    assign_fingerprints(result.findings)  # the archive's paths, not the temporary folder's, identify them
    assign_fingerprints(result.notes)
    return result


def relabel(value: Any, folder: Path, shown: str) -> Any:
    """`value` (text, lists, dicts, dataclasses such as a Result) with the temporary `folder` that an
    archive or a remote worker's copy was unpacked into shown as `shown`, the path the user named: the
    folder is deleted when the command ends. The code audit names files relative to the current folder
    when they are inside it, so that spelling is replaced too."""
    relative = os.path.relpath(folder)
    spellings = [str(folder)] + ([relative] if relative != "." and not relative.startswith("..") else [])

    def change(text: str) -> str:
        for spelling in spellings:
            text = text.replace(spelling, shown)
        return text

    return _map_text(value, change)


def _map_text(value: Any, change: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_map_text(item, change) for item in value)
    if isinstance(value, dict):
        return {_map_text(k, change): _map_text(v, change) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _map_text(getattr(value, f.name), change)
                                             for f in dataclasses.fields(value) if f.init})
    return value


def read_nothing(result: Result) -> bool:
    """Neither the paper nor any code file could be read: the report is empty for want of input, and
    that must not pass for a clean submission (exit code 2, as for any command that read nothing)."""
    papers_read = any(p.get("verdict") != "unreadable" for p in result.data.get("papers", []))
    return not papers_read and not result.data.get("code", {}).get("files")


def _merge_claims(into, other) -> None:
    if into is None:
        return
    for name in ("n_seeds", "n_runs", "seed_values", "best_of_n", "spread_evidence", "significance_test", "reproducibility_claim"):
        getattr(into, name).extend(getattr(other, name))
    into.spread_reported = into.spread_reported or other.spread_reported


def _hashes(paths: list[Path]) -> dict[str, str]:
    import hashlib

    out = {}
    for path in paths:
        try:
            if path.is_file():
                with path.open("rb") as handle:  # streamed: a paper may be hundreds of MB
                    out[str(path)] = hashlib.file_digest(handle, "sha256").hexdigest()[:16]
        except OSError:
            continue
    return out


@contextlib.contextmanager
def submission_workdir():
    folder = Path(tempfile.mkdtemp(prefix="seedaudit-audit-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
