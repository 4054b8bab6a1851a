"""results.jsonl: one line per finished document, appended and flushed as soon as it is done.

Resuming reads the lines back, keyed by `key` (content hash + tool version + the options that change
results). A scan killed mid-write leaves at most one partial last line: it is cut off on open, so
the document it belonged to is simply done again, and no key is ever written twice. One scan at a
time holds the folder (`claim`): two would each append every document.
"""
from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any, Iterator

from ..errors import StoreError
from ..locks import hold


@contextlib.contextmanager
def claim(out: Path) -> Iterator[None]:
    """Create the scan's folder and hold it until the block ends; StoreError when another scan holds it."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd = hold(out)
    except BlockingIOError:
        raise StoreError(f"{out}: in use by another seedaudit scan; wait for it or choose another --out") from None
    except OSError as exc:
        raise StoreError(f"{out}: cannot use as the scan's folder ({exc.strerror or exc})") from None
    try:
        yield
    finally:
        if fd is not None:
            os.close(fd)


MAX_NOTES = 20  # damaged lines named one by one; beyond, one line counts the rest
_TEXT_FIELDS = ("key", "id", "path", "kind", "status", "verdict")
_LIST_FIELDS = {"reasons": str, "duplicates": str, "findings": dict, "notes": dict, "code_findings": dict}


def _whole(value: Any) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


def _shape_problem(record: Any) -> str | None:
    """What makes a parsed line no scan record, in words (None: it is one). What the summary and the
    page read is checked, so that a line edited by hand or left by a crash is scanned again instead of
    crashing the table."""
    if not isinstance(record, dict):
        return "not a JSON object"
    for name in _TEXT_FIELDS:
        if not isinstance(record.get(name), str):
            return f"no text field {name!r}"
    for name in ("meta", "submission"):
        if not isinstance(record.get(name, {}), dict):
            return f"{name!r} is not an object"
    for name, kind in _LIST_FIELDS.items():
        items = record.get(name, [])
        if not isinstance(items, list) or not all(isinstance(item, kind) for item in items):
            return f"{name!r} is not a list of {'texts' if kind is str else 'objects'}"
    findings = [f for name in ("findings", "notes", "code_findings") for f in record.get(name, [])]
    if not all(isinstance(f.get("rule_id"), str) for f in findings):
        return "a finding has no rule id"
    if not all(_whole(n) for n in [record.get("pages")] + [f.get(k) for f in findings for k in ("page", "line")]):
        return "a page or line number is not a whole number"
    return None


def _parse(line: bytes) -> dict[str, Any]:
    """The record on one line of results.jsonl; ValueError, saying why, for a line that holds none."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):  # a UnicodeDecodeError is a ValueError too
        raise ValueError("not valid JSON") from None
    if (why := _shape_problem(record)) is not None:
        raise ValueError(why)
    return record


class ResultStore:
    """results.jsonl. Whatever keeps it from being used (a folder in its place, a read-only folder, a full
    disk) is a StoreError naming the file; a damaged line is dropped, noted in `notes`, and scanned again."""

    def __init__(self, path: Path, *, fresh: bool = False):
        self.path = path
        self.records: dict[str, dict[str, Any]] = {}
        self.notes: list[str] = []
        if path.is_dir():
            raise StoreError(f"{path}: is a folder, not a results file; move it away or choose another --out")
        with self._errors("read or write"):
            if fresh and path.exists():
                path.unlink()
            if path.exists():
                self._load()
            self._handle = path.open("a", encoding="utf-8")

    @contextlib.contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot {doing} ({exc.strerror or exc})") from None

    def _load(self) -> None:
        raw = self.path.read_bytes()
        complete = raw[: raw.rfind(b"\n") + 1]
        if len(complete) != len(raw):
            with self.path.open("r+b") as handle:  # a line cut by a kill: drop it, its document is redone
                handle.truncate(len(complete))
        lines = complete.split(b"\n")[:-1]
        kept: list[bytes] = []
        damaged: list[str] = []
        for number, line in enumerate(lines, start=1):
            try:
                record = _parse(line)
            except ValueError as exc:
                damaged.append(f"{self.path}:{number}: damaged line dropped ({exc}); its document is scanned again")
                continue
            kept.append(line)
            self.records[record["key"]] = record
        if damaged:
            more = len(damaged) - MAX_NOTES
            self.notes = damaged[:MAX_NOTES] + ([f"{self.path}: {more} more damaged lines dropped"] if more > 0 else [])
            self._rewrite(b"".join(line + b"\n" for line in kept))

    def _rewrite(self, data: bytes) -> None:
        """Replace the file by its sound lines in one step: a kill leaves either the old file or the new."""
        temporary = self.path.with_name(self.path.name + ".tmp")
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)

    def __contains__(self, key: str) -> bool:
        return key in self.records

    def get(self, key: str) -> dict[str, Any] | None:
        return self.records.get(key)

    def append(self, record: dict[str, Any]) -> None:
        """Write, flush and sync the line, then keep the record."""
        with self._errors("write"):
            self._handle.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
            self._handle.flush()
            os.fsync(self._handle.fileno())
        self.records[record["key"]] = record

    def reload(self) -> None:
        """Read the records back from the file: after an interrupt that may have come mid-append, what
        reached the disk is what counts."""
        self.records = {}
        with self._errors("read"):
            self._load()

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.records.values())

    def close(self) -> None:
        self._handle.close()
