"""Content-hash cache of per-file facts, one file per project root, like ruff's `.ruff_cache`.

Entries are keyed by the file's content hash and kind; the cache file itself is keyed by the tool
version, so an upgrade never reads facts an older extractor wrote. A stat index (mtime, size) lets a
warm run skip reading unchanged files. Writes are atomic (temp file + rename): concurrent runs at
worst lose each other's additions, never corrupt the cache.
"""
from __future__ import annotations

import gc
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from .. import __version__

_FORMAT = 2


class FactsCache:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.index: dict[str, tuple[int, int, str]] = {}
        self.facts: dict[str, Any] = {}
        self.dirty = False
        if folder is not None:
            self._load()

    @property
    def file(self) -> Path | None:
        return None if self.folder is None else self.folder / f"facts-{__version__}-{_FORMAT}.pickle"

    def _load(self) -> None:
        gc.disable()  # unpickling builds many small objects: collecting meanwhile made the load 2-3x slower
        try:
            with open(self.file, "rb") as handle:
                data = pickle.load(handle)
            self.index, self.facts = data["index"], data["facts"]
        except Exception:  # any cache that cannot be read back (truncated, corrupt, huge bogus frame) is ignored
            self.index, self.facts = {}, {}
        finally:
            gc.enable()

    def digest_for(self, path: Path) -> str | None:
        """The content hash recorded for an unchanged file (same mtime and size), else None."""
        entry = self.index.get(str(path))
        if entry is None:
            return None
        try:
            stat = path.stat()
        except OSError:
            return None
        return entry[2] if (stat.st_mtime_ns, stat.st_size) == entry[:2] else None

    def get(self, digest: str, kind: str) -> tuple[bool, Any]:
        key = f"{digest}:{kind}"
        return (key in self.facts), self.facts.get(key)

    def put(self, path: Path, digest: str, kind: str, facts: Any) -> None:
        if self.folder is None:
            return
        try:
            stat = path.stat()
            self.index[str(path)] = (stat.st_mtime_ns, stat.st_size, digest)
        except OSError:
            pass
        self.facts[f"{digest}:{kind}"] = facts
        self.dirty = True

    def save(self) -> None:
        if self.folder is None or not self.dirty:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            gitignore = self.folder / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text("*\n")
            live = {e[2] for e in self.index.values()}
            facts = {k: v for k, v in self.facts.items() if k.split(":")[0] in live}
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump({"index": self.index, "facts": facts}, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.file)
        except OSError:
            pass  # a read-only checkout still gets its findings, just no cache
