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

from .locks import hold
from .rerun.store import StoreError


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


class ResultStore:
    def __init__(self, path: Path, *, fresh: bool = False):
        self.path = path
        self.records: dict[str, dict[str, Any]] = {}
        if fresh and path.exists():
            path.unlink()
        if path.exists():
            self._load()
        self._handle = path.open("a", encoding="utf-8")

    def _load(self) -> None:
        raw = self.path.read_bytes()
        complete = raw[: raw.rfind(b"\n") + 1]
        if len(complete) != len(raw):
            with self.path.open("r+b") as handle:  # a line cut by a kill: drop it, its document is redone
                handle.truncate(len(complete))
        for line in complete.decode("utf-8", errors="replace").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and isinstance(record.get("key"), str):
                self.records[record["key"]] = record

    def __contains__(self, key: str) -> bool:
        return key in self.records

    def get(self, key: str) -> dict[str, Any] | None:
        return self.records.get(key)

    def append(self, record: dict[str, Any]) -> None:
        """Write, flush and sync the line, then keep the record."""
        self._handle.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self.records[record["key"]] = record

    def reload(self) -> None:
        """Read the records back from the file: after an interrupt that may have come mid-append, what
        reached the disk is what counts."""
        self.records = {}
        self._load()

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.records.values())

    def close(self) -> None:
        self._handle.close()
