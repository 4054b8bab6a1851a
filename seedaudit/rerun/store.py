"""One SQLite file per study: every finished run, keyed by (configuration, seed, repeat).

A run is written once, when it ends, in its own transaction, so a runner killed with SIGKILL loses
only the runs in flight, and those are simply not finished: the next invocation runs them again.
The primary key makes two records of one (configuration, seed, repeat) impossible. An exclusive
lock (flock, Linux/macOS) keeps two runners off one store.

A store is only ever created in a new or empty file: any other database (one that is not a
seedaudit store) is refused before anything is written to it. Whatever is wrong with a file (not
SQLite, truncated, wrong columns, garbage JSON, a folder, read-only) is a StoreError that names it.
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, asdict
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

from .. import locks
from ..errors import StoreError

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
# What each JSON column holds (type, in words); SQL NULL reads as None for predictions and labels,
# as empty for the rest.
_JSON_FIELDS = {"metrics": (dict, "an object of numbers"), "predictions": (list, "a list"), "labels": (list, "a list"),
                "seed_calls": (list, "a list of objects"), "environment": (dict, "an object")}
_NULLABLE = ("predictions", "labels")
# SQLite's word for a file it cannot use, in the user's words.
_SQLITE_PROBLEMS = {"SQLITE_NOTADB": "not a SQLite database",
                    "SQLITE_CORRUPT": "damaged SQLite database (truncated or overwritten)"}


@contextmanager
def _sqlite_errors(path: Path) -> Iterator[None]:
    """SQLite's errors (raised at any query, as damage is found only where it is read) as one line."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        problem = _SQLITE_PROBLEMS.get(getattr(exc, "sqlite_errorname", ""), f"cannot use the store ({exc})")
        raise StoreError(f"{path}: {problem}") from None


def _well_formed(name: str, value: Any) -> bool:
    """Whether a JSON column has the shape the analysis reads (inside predictions, labels and the
    environment anything goes): damage is then one line here, not a crash in the statistics."""
    if not isinstance(value, _JSON_FIELDS[name][0]):
        return False
    if name == "metrics":
        return all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value.values())
    if name == "seed_calls":
        return all(isinstance(call, dict) for call in value)
    return True


def _check_path(path: Path, create: bool) -> None:
    """Refuse, by name, what SQLite would report obscurely: a folder, no file to read, a folder or
    file this user cannot write (SQLite writes -wal and -shm files next to the store)."""
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a store file; choose another --store")
    if not path.exists():
        if not create:
            raise StoreError(f"{path}: no store there: nothing has run yet")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create the store's folder {path.parent} ({exc.strerror or exc})") from None
    if create and not os.access(path.parent, os.W_OK):
        raise StoreError(f"{path}: folder is read-only: cannot write the store; choose another --store")
    if create and path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"{path}: file is read-only: cannot write the store; choose another --store")


def _connect(path: Path, create: bool) -> sqlite3.Connection:
    """A writer's connection, or a reader's (query_only: analysing never writes; as the last one out
    it still removes the -wal and -shm files). In a folder this user cannot write, SQLite could not
    create the -shm file a WAL store needs to be read: with no -wal file left, the main file holds
    every run, and is read as immutable."""
    if not (create or os.access(path.parent, os.W_OK) or path.with_name(path.name + "-wal").exists()):
        return sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True, isolation_level=None)
    db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    if not create:
        db.execute("PRAGMA query_only=1")
    return db


def _tables(db: sqlite3.Connection) -> list[str]:
    return [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def _run_columns() -> set[str]:
    return {f.name for f in fields(RunRecord)}


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
    """Create the store in an empty database, then check it is one: our schema version, the columns
    a RunRecord has. Nothing is written to a database that is not a store."""
    tables = _tables(db)
    if create and not tables:
        _create_schema(db)
        tables = _tables(db)
    version = _schema_version(db, tables)
    if version is None and "runs" in tables and _columns(db, "runs") == _run_columns():
        raise StoreError(f"{path}: damaged store: its meta table holds no schema version")
    if version is None:
        raise _not_a_store(path, tables)
    if version != SCHEMA_VERSION:
        raise StoreError(f"{path}: store schema {version}, this seedaudit reads {SCHEMA_VERSION}")
    _check_columns(db, path)
    if create:  # a commit per run: NORMAL syncs at checkpoints only, and a run lost to a power cut reruns
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")


def _check_columns(db: sqlite3.Connection, path: Path) -> None:
    """The runs table must have exactly a RunRecord's fields: rows become RunRecords as they are."""
    expected, found = _run_columns(), _columns(db, "runs")
    if found != expected:
        missing, unknown = ", ".join(sorted(expected - found)), ", ".join(sorted(found - expected))
        raise StoreError(f"{path}: damaged store: the runs table has the wrong columns "
                         f"(missing: {missing or 'none'}; unknown: {unknown or 'none'})")


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
        """Open (create=True: and create if new or empty) the store at `path`, or raise StoreError."""
        path = Path(path)
        _check_path(path, create)
        with _sqlite_errors(path):
            db = _connect(path, create)
        try:
            with _sqlite_errors(path):
                _prepare(db, path, create)
            lock_fd = cls._lock(path) if lock and create else None
        except BaseException:
            db.close()
            raise
        return cls(path, db, lock_fd)

    @staticmethod
    def _lock(path: Path) -> int | None:
        try:
            return locks.hold(path)
        except OSError:
            raise StoreError(f"{path}: store in use by another seedaudit rerun") from None

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
        with _sqlite_errors(self.path):
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return self._json(row[0], f"meta {key}") if row else None

    def set_meta(self, key: str, value: Any) -> None:
        with _sqlite_errors(self.path):
            self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value)))

    def _json(self, text: Any, where: str) -> Any:
        try:
            return json.loads(text)
        except (TypeError, ValueError):
            raise StoreError(f"{self.path}: damaged store: {where} is not JSON") from None

    # --- runs ---------------------------------------------------------------------------------

    def record(self, run: RunRecord) -> None:
        """Write one finished run (replacing an earlier failed attempt of the same key)."""
        row = run.to_dict()
        for name in _JSON_FIELDS:
            row[name] = json.dumps(row[name]) if row[name] is not None else None
        columns = ", ".join(row)
        marks = ", ".join(f":{k}" for k in row)
        with _sqlite_errors(self.path):
            self._db.execute(f"INSERT OR REPLACE INTO runs ({columns}) VALUES ({marks})", row)

    def delete(self, config: str) -> int:
        with _sqlite_errors(self.path):
            return self._db.execute("DELETE FROM runs WHERE config = ?", (config,)).rowcount

    def runs(self) -> list[RunRecord]:
        return list(self._iter_runs())

    def _iter_runs(self) -> Iterator[RunRecord]:
        with _sqlite_errors(self.path):
            cursor = self._db.execute("SELECT * FROM runs ORDER BY config, position, repeat")
            names = [d[0] for d in cursor.description]
            for values in cursor:
                row = dict(zip(names, values))
                for name in _JSON_FIELDS:
                    row[name] = self._column(row, name)
                yield RunRecord(**row)

    def _column(self, row: dict[str, Any], name: str) -> Any:
        """A JSON column in the shape the analysis reads, so that garbage is one line here, not a crash there."""
        kind, words = _JSON_FIELDS[name]
        if row[name] is None:
            return None if name in _NULLABLE else kind()
        where = f"run {row['config']}/{row['seed_key']}/{row['repeat']}: {name}"
        value = self._json(row[name], where)
        if not _well_formed(name, value):
            raise StoreError(f"{self.path}: damaged store: {where} is not {words}")
        return value

    def by_key(self) -> dict[tuple[str, str, int], RunRecord]:
        return {r.key: r for r in self._iter_runs()}
