"""Which documents a scan covers: folder trees and manifests become `Doc`s (paper or submission, with
venue and year), inputs that cannot be scanned become `Problem`s, and each document gets the content
hash that keys its result, so identical copies are audited once.
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from ..paper.locate import documents, is_submission
from ..paper.sources import NOT_REGULAR, irregular

MANIFEST_SUFFIXES = (".csv", ".jsonl")
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


def _walk(folder: Path, root: Path, layout: str, docs: list[Doc], problems: list[Problem]) -> None:
    for kind, path in documents(folder, submissions=layout == "auto"):
        if kind == "link":
            problems.append(Problem(str(path), "symbolic link; not followed"))
        elif kind == "irregular":
            problems.append(Problem(str(path), NOT_REGULAR))
        else:
            docs.append(Doc(path, kind, _meta_from_path(path / "x" if path.is_dir() else path, root)))


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
            kind = "submission" if path.is_dir() and layout == "auto" and is_submission(path) else "paper"
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
