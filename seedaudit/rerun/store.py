"""One SQLite file per study: every finished run, keyed by (configuration, seed, repeat).

A run is written once, when it ends, in its own transaction, so a runner killed with SIGKILL loses
only the runs in flight, and those are simply not finished: the next invocation runs them again.
The primary key makes two records of one (configuration, seed, repeat) impossible. An exclusive
lock (flock, Linux/macOS) keeps two runners off one store.

A store is only ever created in a new or empty file: any other database (one that is not a
seedaudit store) is refused before anything is written to it.
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass, field, asdict
from pathlib import Path
from typing import Any, Iterator

SCHEMA_VERSION = "1"
FINISHED_OK = "ok"
STATUSES = ("ok", "failed", "timeout", "not-found", "no-metric", "bad-metric", "killed")

_SCHEMA = """
BEGIN IMMEDIATE;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    config TEXT NOT NULL,
    seed_key TEXT NOT NULL,
    repeat INTEGER NOT NULL,
    position INTEGER NOT NULL,
    seed INTEGER,
    spec_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    exit_code INTEGER,
    error TEXT,
    metrics TEXT NOT NULL DEFAULT '{}',
    predictions TEXT,
    labels TEXT,
    seed_calls TEXT NOT NULL DEFAULT '[]',
    stdout_tail TEXT NOT NULL DEFAULT '',
    stderr_tail TEXT NOT NULL DEFAULT '',
    started REAL,
    finished REAL,
    duration REAL,
    attempts INTEGER NOT NULL DEFAULT 1,
    command TEXT NOT NULL DEFAULT '',
    environment TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (config, seed_key, repeat)
);
"""
_JSON_FIELDS = ("metrics", "predictions", "labels", "seed_calls", "environment")


class StoreError(RuntimeError):
    """The store cannot be used (unwritable, corrupt, locked, or from another study)."""


def _tables(db: sqlite3.Connection) -> list[str]:
    return [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def _schema_version(db: sqlite3.Connection, tables: list[str]) -> str | None:
    """The store's schema version, or None when the database is no seedaudit store at all."""
    if "meta" not in tables or _columns(db, "meta") != {"key", "value"}:
        return None
    row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    return None if row is None else row[0]


def _not_a_store(path: Path, tables: list[str]) -> StoreError:
    holds = f"it holds the tables {', '.join(tables)}" if tables else "an empty database"
    return StoreError(f"{path}: not a seedaudit rerun store ({holds}); choose another --store")


def _create_schema(db: sqlite3.Connection) -> None:
    """Tables and schema version in one transaction: a store is all there or not at all."""
    db.executescript(_SCHEMA)
    db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?), ('created', ?)", (SCHEMA_VERSION, repr(time.time())))
    db.execute("COMMIT")


def _prepare(db: sqlite3.Connection, path: Path, create: bool) -> None:
    """Create the store in an empty database, then check it is one (our schema version). Nothing is
    written to a database that is not a store."""
    tables = _tables(db)
    if create and not tables:
        _create_schema(db)
        tables = _tables(db)
    version = _schema_version(db, tables)
    if version is None:
        raise _not_a_store(path, tables)
    if version != SCHEMA_VERSION:
        raise StoreError(f"{path}: store schema {version}, this seedaudit reads {SCHEMA_VERSION}")
    if create:
        db.execute("PRAGMA journal_mode=WAL")


@dataclass
class RunRecord:
    config: str
    seed_key: str
    repeat: int
    position: int
    seed: int | None
    spec_hash: str
    status: str
    exit_code: int | None = None
    error: str | None = None
    metrics: dict[str, float] = field(default_factory=dict)
    predictions: list[Any] | None = None
    labels: list[Any] | None = None
    seed_calls: list[dict[str, Any]] = field(default_factory=list)
    stdout_tail: str = ""
    stderr_tail: str = ""
    started: float | None = None
    finished: float | None = None
    duration: float | None = None
    attempts: int = 1
    command: str = ""
    environment: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.config, self.seed_key, self.repeat)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Store:
    """Open with `Store.open(path)` (creates it); use as a context manager to release the lock."""

    def __init__(self, path: Path, connection: sqlite3.Connection, lock_fd: int | None):
        self.path = path
        self._db = connection
        self._lock_fd = lock_fd

    @classmethod
    def open(cls, path: Path, *, create: bool = True, lock: bool = True) -> "Store":
        path = Path(path)
        if not path.exists():
            if not create:
                raise StoreError(f"no store at {path}: nothing has run yet")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the store's folder {path.parent}: {exc.strerror or exc}") from None
        if path.is_dir():
            raise StoreError(f"store {path} is a folder, not a file")
        if create and not os.access(path if path.exists() else path.parent, os.W_OK):
            raise StoreError(f"cannot write the store {path}: permission denied")
        try:
            db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
            if not create:
                db.execute("PRAGMA query_only=1")
            _prepare(db, path, create)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path} is not a usable seedaudit store ({exc}); move it away or pass another --store") from None
        lock_fd = cls._lock(path) if lock and create else None
        return cls(path, db, lock_fd)

    @staticmethod
    def _lock(path: Path) -> int | None:
        try:
            import fcntl
        except ImportError:  # Windows: no second-runner protection
            return None
        fd = os.open(str(path), os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise StoreError(f"store {path} is in use by another seedaudit rerun") from None
        return fd

    def close(self) -> None:
        self._db.close()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- study metadata -----------------------------------------------------------------------

    def get_meta(self, key: str) -> Any:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def set_meta(self, key: str, value: Any) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value)))

    # --- runs ---------------------------------------------------------------------------------

    def record(self, run: RunRecord) -> None:
        """Write one finished run (replacing an earlier failed attempt of the same key)."""
        row = run.to_dict()
        for name in _JSON_FIELDS:
            row[name] = json.dumps(row[name]) if row[name] is not None else None
        columns = ", ".join(row)
        marks = ", ".join(f":{k}" for k in row)
        try:
            self._db.execute(f"INSERT OR REPLACE INTO runs ({columns}) VALUES ({marks})", row)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot write to the store {self.path}: {exc}") from None

    def delete(self, config: str) -> int:
        return self._db.execute("DELETE FROM runs WHERE config = ?", (config,)).rowcount

    def runs(self) -> list[RunRecord]:
        return list(self._iter_runs())

    def _iter_runs(self) -> Iterator[RunRecord]:
        cursor = self._db.execute("SELECT * FROM runs ORDER BY config, position, repeat")
        names = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(names, values))
            for name in _JSON_FIELDS:
                row[name] = json.loads(row[name]) if row[name] is not None else None
            row["seed_calls"] = row["seed_calls"] or []
            row["environment"] = row["environment"] or {}
            row["metrics"] = row["metrics"] or {}
            yield RunRecord(**row)

    def by_key(self) -> dict[tuple[str, str, int], RunRecord]:
        return {r.key: r for r in self._iter_runs()}
