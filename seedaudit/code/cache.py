"""Content-hash cache of per-file facts and of findings, one folder per project root, like ruff's.

Facts are keyed by the file's content hash and kind; the files are keyed by the tool version, so an
upgrade never reads facts an older extractor wrote. A small index (mtime, size → hash) lets a warm run
skip reading unchanged files, and it also keeps the findings of the last project state (keyed by every
file's hash, the configuration and the rule selection): a run over an unchanged project reads only the
index, never the facts. Each file's facts are stored pickled on their own, so a run that changes one
file re-pickles that file alone (rewriting the whole facts file as objects took seconds on large
trees). Writes are atomic (temp file + rename): concurrent runs at worst lose each
other's additions, never corrupt the cache.
"""
from __future__ import annotations

import gc
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from .. import __version__

_FORMAT = 4


def _read(path: Path | None, default: dict) -> dict:
    if path is None:
        return default
    gc.disable()  # unpickling builds many small objects: collecting meanwhile made the load 2-3x slower
    try:
        with open(path, "rb") as handle:
            data = pickle.load(handle)
        return data if isinstance(data, dict) else default
    except Exception:  # any cache that cannot be read back (truncated, corrupt, huge bogus frame) is ignored
        return default
    finally:
        gc.enable()


def _key(path: Path) -> str:
    """Index key: the absolute path, so `check .` and `check torch/nn/x.py` share their entries."""
    return os.path.abspath(path)


def _write(path: Path, data: Any) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as handle:
        pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


class FactsCache:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        data = _read(self._path("index"), {})
        self.index: dict[str, tuple[int, int, str]] = data.get("index", {}) if isinstance(data.get("index"), dict) else {}
        self.findings_key: str = data.get("findings_key", "")
        self.findings: dict[str, list] = data.get("findings", {}) if isinstance(data.get("findings"), dict) else {}
        self._facts: dict[str, bytes] | None = None
        self.dirty = False
        self._facts_changed = False  # the facts file (megabytes on a large tree) is rewritten only then

    def _path(self, name: str) -> Path | None:
        return None if self.folder is None else self.folder / f"{name}-{__version__}-{_FORMAT}.pickle"

    @property
    def file(self) -> Path | None:
        return self._path("facts")

    @property
    def facts(self) -> dict[str, bytes]:
        """Each file's pickled facts, read only when a run needs them (a warm run over an unchanged project
        does not)."""
        if self._facts is None:
            self._facts = _read(self.file, {})
        return self._facts

    def put_error(self, path: Path, message: str) -> None:
        """An unreadable file enters the index too (its 'hash' names the error), so it does not stop warm runs."""
        if self.folder is None:
            return
        import hashlib

        try:
            stat = path.stat()
        except OSError:
            return
        self.index[_key(path)] = (stat.st_mtime_ns, stat.st_size, "error:" + hashlib.sha256(message.encode()).hexdigest()[:16])
        self.dirty = True

    def cached_findings(self, key: str, paths: list[str]) -> dict[str, list] | None:
        """Findings of `paths` recorded for this exact project state, or None if any is missing."""
        if key != self.findings_key or any(p not in self.findings for p in paths):
            return None
        return {p: self.findings[p] for p in paths}

    def put_findings(self, key: str, by_path: dict[str, list]) -> None:
        if self.folder is None:
            return
        if key != self.findings_key:
            self.findings_key, self.findings = key, {}
        self.findings.update(by_path)
        self.dirty = True

    def digest_for(self, path: Path) -> str | None:
        """The content hash recorded for an unchanged file (same mtime and size), else None."""
        entry = self.index.get(_key(path))
        if entry is None:
            return None
        try:
            stat = path.stat()
        except OSError:
            return None
        return entry[2] if (stat.st_mtime_ns, stat.st_size) == entry[:2] else None

    def get(self, digest: str, kind: str) -> tuple[bool, Any]:
        blob = self.facts.get(f"{digest}:{kind}")
        if blob is None:
            return False, None
        gc.disable()  # see _read
        try:
            return True, pickle.loads(blob)
        except Exception:  # a damaged entry is a miss: the file is parsed again
            return False, None
        finally:
            gc.enable()

    def put(self, path: Path, digest: str, kind: str, facts: Any) -> None:
        if self.folder is None:
            return
        try:
            stat = path.stat()
            self.index[_key(path)] = (stat.st_mtime_ns, stat.st_size, digest)
        except OSError:
            pass
        self.facts[f"{digest}:{kind}"] = pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL)
        self.dirty = self._facts_changed = True

    def save(self) -> None:
        if self.folder is None or not self.dirty:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            gitignore = self.folder / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text("*\n")
            if self._facts is not None and self._facts_changed:
                live = {e[2] for e in self.index.values()}
                _write(self.file, {k: v for k, v in self._facts.items() if k.split(":")[0] in live})
            _write(self._path("index"), {"index": self.index, "findings_key": self.findings_key, "findings": self.findings})
        except OSError:
            pass  # a read-only checkout still gets its findings, just no cache
