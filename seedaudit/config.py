"""`[tool.seedaudit]` in pyproject.toml, found upward from the checked paths, plus CLI overrides."""
from __future__ import annotations

import hashlib
import json
import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .findings import Confidence, Severity


@dataclass(frozen=True)
class Config:
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = ()
    extend_exclude: tuple[str, ...] = ()
    seeding_helpers: tuple[str, ...] = ()  # dotted names of project functions that seed every RNG
    target_torch_version: str | None = None
    fail_on: Severity = Severity.WARNING
    min_severity: Severity = Severity.INFO
    min_confidence: Confidence = Confidence.LOW
    max_file_bytes: int = 2_000_000
    max_statement_bytes: int = 524_288  # a top-level statement larger than this is left out of the parse (memory)
    file_time_budget: float = 20.0  # CPU seconds for one file's facts and rules together; then one SA001 line
    check_tests: bool = False  # test files fix seeds on purpose: their findings are dropped unless asked for
    root: Path | None = field(default=None, compare=False)  # the folder holding the pyproject it came from

    def digest(self) -> str:
        """What the cache key needs of the configuration (only what changes facts or findings)."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "root"}
        return hashlib.sha256(json.dumps(data, default=str, sort_keys=True).encode()).hexdigest()[:16]

    def with_overrides(self, **overrides: Any) -> "Config":
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _strings(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"[tool.seedaudit] {key} must be a string or a list of strings")


def _per_file(value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError("[tool.seedaudit] per-file-ignores must be a table of glob = [rule, ...]")
    return tuple((glob, _strings(f"per-file-ignores.{glob}", rules)) for glob, rules in value.items())


def _severity(key: str, value: Any) -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError as exc:
        raise ConfigError(f"[tool.seedaudit] {key}: {exc}") from None


def _confidence(key: str, value: Any) -> Confidence:
    try:
        return Confidence.parse(str(value))
    except ValueError as exc:
        raise ConfigError(f"[tool.seedaudit] {key}: {exc}") from None


def torch_version(key: str, value: Any) -> str:
    """A torch version as `target-torch-version` and `--target-torch-version` take it; ConfigError naming `key`
    otherwise (the option is checked by the same rule as the file)."""
    text = str(value)
    parts = text.split(".")
    if not all(p.isdigit() for p in parts[:2]) or len(parts) < 2:
        raise ConfigError(f"[tool.seedaudit] {key} must look like '1.8' or '2.1.0', got {text!r}")
    return text


def _positive_int(key: str, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ConfigError(f"[tool.seedaudit] {key} must be a positive integer")
    return value


def _positive_number(key: str, value: Any) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not value > 0:
        raise ConfigError(f"[tool.seedaudit] {key} must be a positive number (of seconds)")
    return float(value)


def _bool(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"[tool.seedaudit] {key} must be true or false")
    return value


_PARSERS = {
    "select": _strings,
    "extend-select": _strings,
    "ignore": _strings,
    "per-file-ignores": lambda key, value: _per_file(value),
    "exclude": _strings,
    "extend-exclude": _strings,
    "seeding-helpers": _strings,
    "target-torch-version": torch_version,
    "fail-on": _severity,
    "min-severity": _severity,
    "min-confidence": _confidence,
    "max-file-bytes": _positive_int,
    "max-statement-bytes": _positive_int,
    "file-time-budget": _positive_number,
    "check-tests": _bool,
}


def parse_table(table: dict[str, Any], root: Path | None = None) -> Config:
    unknown = sorted(set(table) - set(_PARSERS))
    if unknown:
        raise ConfigError(f"[tool.seedaudit] unknown key {unknown[0]!r} (known: {', '.join(sorted(_PARSERS))})")
    values = {key.replace("-", "_"): parse(key, table[key]) for key, parse in _PARSERS.items() if key in table}
    config = Config(root=root, **values)
    from .rules import RuleError, resolve_tokens

    try:
        for tokens in (config.select, config.extend_select, config.ignore, *(r for _, r in config.per_file_ignores)):
            resolve_tokens(tokens)
    except RuleError as exc:
        raise ConfigError(f"[tool.seedaudit] {exc}") from None
    return config


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml at or above `start`; a path that cannot be resolved (a symlink loop) is searched
    from where it is written, so that the input itself is reported by the command, not the configuration lookup."""
    try:
        here = start.resolve()
    except (OSError, RuntimeError):
        here = Path(os.path.abspath(start))
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(paths: list[Path], explicit: Path | None = None) -> Config:
    """The config of the first pyproject.toml found upward from the first path (or `explicit`)."""
    pyproject = explicit or find_pyproject(paths[0] if paths else Path.cwd())
    if pyproject is None:
        return Config()
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{pyproject}: cannot read configuration: {exc}") from None
    table = data.get("tool", {}).get("seedaudit", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{pyproject}: [tool.seedaudit] must be a table")
    return parse_table(table, root=pyproject.parent)
