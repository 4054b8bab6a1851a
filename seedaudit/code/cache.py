"""Content-hash cache of per-file facts and of findings, one folder per project root, like ruff's.

Facts are keyed by the file's content hash and kind. Both cache files start with a header naming the
format and a hash of seedaudit's own code and rule files, so an upgrade, or an edited rule or
extractor, never reads facts or findings an earlier state wrote. A small index (mtime, size → hash)
lets a warm run skip reading unchanged files, and it also keeps the findings of the last project state
(keyed by every file's hash, the configuration and the rule selection): a run over an unchanged project
reads only the index, never the facts.

Everything is JSON read back through typed decoders (codec.py), never pickle: the cache sits inside
the analysed repository, and a crafted pickle there would run code. A file that fails validation (not
JSON, another format or code hash, a wrong type anywhere) is dropped and rebuilt without a word; a
damaged facts entry is a miss. The facts file holds one `key<TAB>JSON` line per file, so a run that
changes one file encodes that file alone, and a read decodes only the entries it asks for. Paths in
the index are absolute, so runs from any folder share it; the engine gives cached facts the path of the
current run, and reuses findings only under the same printed paths (messages quote other files by
them). Writes are atomic (temp file + rename): concurrent runs at worst lose each other's
additions, never corrupt the cache.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ..version import __version__
from ..findings import Finding
from .codec import Invalid, decode, decode_facts, encode, encode_facts

_FORMAT = 5
# Bigger files or entries are no cache of ours (the facts of functional.py, 277 kB, take 0.6 MB), and
# parsing them could eat the machine: JSON can need 20x its size in memory.
_MAX_INDEX = 64 << 20  # parsed whole: some 300,000 files
_MAX_FACTS = 1 << 30  # only split into lines; each entry is parsed on its own, when asked for
_MAX_ENTRY = 32 << 20
_PACKAGE = Path(__file__).resolve().parent.parent  # seedaudit's own code, hashed into every cache file
_Index = dict[str, tuple[int, int, str]]
_Findings = dict[str, list[Finding]]


@functools.cache
def code_hash() -> str:
    """Hash of seedaudit's Python files and rule files: what cached facts and findings were made by.

    The version alone missed edits (a rule's TOML, a check in a dev checkout) until `--no-cache`.
    Reading the ~120 files takes about 2 ms, once per process.
    """
    from ..rules import rules_dir

    files = [Path(folder, name) for folder, _, names in os.walk(_PACKAGE) for name in names if name.endswith(".py")]
    digest = hashlib.sha256()
    for path in sorted(files) + sorted(rules_dir().glob("*.toml")):
        data = path.read_bytes()
        digest.update(f"{path.name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()[:16]


def _header() -> dict[str, Any]:
    return {"format": _FORMAT, "code": code_hash()}


@contextmanager
def _decoding_apart() -> Iterator[None]:
    """Decoding builds many small objects, acyclic (made from JSON) and kept for the whole check: collecting
    meanwhile made the load 2-3x slower, so the cyclic collector is paused, and what it built is then frozen,
    left out of every later collection (rescanning a large tree's million facts objects at each one was a
    fifth of a warm run on 2,286 files), until `facts_held` ends. Frozen objects are still freed by their
    reference counts."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


@contextmanager
def facts_held() -> Iterator[None]:
    """The block in which cached facts are read and used: what the reads froze is the collector's again after."""
    try:
        yield
    finally:
        gc.unfreeze()


def _read_bytes(path: Path | None, limit: int) -> bytes:
    """The file's bytes, or b"" when there is none, it cannot be read, or it is too big to be ours."""
    try:
        if path is None or path.stat().st_size > limit:
            return b""
        return path.read_bytes()
    except OSError:
        return b""


def _read_index(path: Path | None) -> tuple[_Index, str, _Findings]:
    """(index, findings key, findings) from the index file; all empty when it is missing or invalid."""
    try:
        with _decoding_apart():
            data = json.loads(_read_bytes(path, _MAX_INDEX) or b"null")
            if type(data) is not dict or data.get("header") != _header():
                raise Invalid("another format or code")
            return (decode(_Index, data.get("index")), decode(str, data.get("findings_key")),
                    decode(_Findings, data.get("findings")))
    except (ValueError, RecursionError):  # Invalid, bad JSON, bad UTF-8, nesting too deep
        return {}, "", {}


def _read_facts(path: Path | None) -> dict[str, bytes]:
    """Each entry's JSON text by key, undecoded: a run decodes only the entries it needs."""
    header, *lines = _read_bytes(path, _MAX_FACTS).split(b"\n")
    try:
        if json.loads(header) != _header():
            return {}
    except (ValueError, RecursionError):
        return {}
    facts = {}
    for line in lines:
        key, tab, body = line.partition(b"\t")
        if tab:
            facts[key.decode("ascii", "replace")] = body
    return facts


def _key(path: Path | str) -> str:
    """Index key: the absolute path, so `check .` and `check torch/nn/x.py` share their entries."""
    return os.path.abspath(path)


def _write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)


class FactsCache:
    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.index, self.findings_key, self.findings = _read_index(self._path("index", "json"))
        self._facts: dict[str, bytes] | None = None
        self.dirty = False
        self._facts_changed = False  # the facts file (megabytes on a large tree) is rewritten only then

    def _path(self, name: str, suffix: str) -> Path | None:
        return None if self.folder is None else self.folder / f"{name}-{__version__}-{_FORMAT}.{suffix}"

    @property
    def file(self) -> Path | None:
        return self._path("facts", "tsv")

    @property
    def facts(self) -> dict[str, bytes]:
        """Each file's facts as JSON text, read only when a run needs them (a warm run over an unchanged
        project does not)."""
        if self._facts is None:
            self._facts = _read_facts(self.file)
        return self._facts

    def put_error(self, path: Path, message: str) -> None:
        """An unreadable file enters the index too (its 'hash' names the error), so it does not stop warm runs."""
        if self.folder is None:
            return
        try:
            stat = path.stat()
        except OSError:
            return
        self.index[_key(path)] = (stat.st_mtime_ns, stat.st_size, "error:" + hashlib.sha256(message.encode()).hexdigest()[:16])
        self.dirty = True

    def cached_findings(self, key: str, paths: list[str]) -> dict[str, list[Finding]] | None:
        """Findings of `paths` recorded for this exact project state, or None if any is missing."""
        keys = [_key(p) for p in paths]
        if key != self.findings_key or any(k not in self.findings for k in keys):
            return None
        return {p: self.findings[k] for p, k in zip(paths, keys)}

    def put_findings(self, key: str, by_path: dict[str, list[Finding]]) -> None:
        if self.folder is None:
            return
        if key != self.findings_key:
            self.findings_key, self.findings = key, {}
        self.findings.update((_key(p), found) for p, found in by_path.items())
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
        if blob is None or len(blob) > _MAX_ENTRY:
            return False, None
        try:
            with _decoding_apart():
                return True, decode_facts(blob)
        except (ValueError, RecursionError):  # a damaged entry is a miss: the file is parsed again
            return False, None

    def put(self, path: Path, digest: str, kind: str, facts: Any) -> None:
        if self.folder is None:
            return
        try:
            blob = encode_facts(facts).encode()
        except ValueError:  # an int literal too long for JSON: this file is parsed on every run
            return
        try:
            stat = path.stat()
            self.index[_key(path)] = (stat.st_mtime_ns, stat.st_size, digest)
        except OSError:
            pass
        self.facts[f"{digest}:{kind}"] = blob
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
                lines = [encode(_header()).encode()]
                lines += [k.encode() + b"\t" + v for k, v in self._facts.items() if k.split(":")[0] in live]
                _write(self.file, b"\n".join(lines))
            index = {"header": _header(), "index": self.index, "findings_key": self.findings_key, "findings": self.findings}
            _write(self._path("index", "json"), encode(index).encode())
        except OSError:
            pass  # a read-only checkout still gets its findings, just no cache
