"""A study: named configurations (commands) run over one seed list, from TOML or the command line.

Words (DESIGN.md): the *seed list* is the seeds a study runs (`seeds = N` is a count: positions
0..N-1 with seed = position; `seed_list = [0, 1, 42]` gives values). A configuration whose command
has no `{seed}` placeholder gets its seed *injected* by the sitecustomize shim, and there position
0 keeps the program's own seed (seed key "own"). A *repeat* runs a seed again, for same-seed
nondeterminism: `repeats = R` runs the seed at position 0 R times.

What injection *varies* (`vary`): "training" (the default) keeps the seeding calls that build the
data (keep.py, datasites.py) so every run scores the same examples, "all" replaces every seed; `keep`
lists more seeding calls to keep (a site file:line, a file, or a call name). `compare` lists the
metrics a run reports per system (`acc_A,acc_B`: systems.py).
"""
from __future__ import annotations

import hashlib
import json
import shlex
import tomllib
from dataclasses import dataclass, field, asdict
from pathlib import Path
from typing import Any

from ..errors import ConfigError

PLACEHOLDERS = ("{seed}", "{repeat}", "{config}", "{out}")
OWN = "own"
DEFAULT_SEEDS = 10
VARY = ("training", "all")


class StudyError(ConfigError):
    """The study is malformed (one clear line for the user)."""


@dataclass(frozen=True)
class Configuration:
    name: str
    command: tuple[str, ...]  # argv template; with shell=True a single string
    shell: bool = False
    inject: bool | None = None  # None: inject exactly when the command has no {seed}
    env: tuple[tuple[str, str], ...] = ()
    vary: str = "training"  # what injection replaces: training seeds only, or every seed
    keep: tuple[str, ...] = ()  # more seeding calls injection keeps (--keep SITE)

    @property
    def has_placeholder(self) -> bool:
        return any("{seed}" in part for part in self.command)

    @property
    def injected(self) -> bool:
        return (not self.has_placeholder) if self.inject is None else self.inject

    def spec_hash(self) -> str:
        """What makes two runs of this configuration the same run (not timeouts or metric parsing)."""
        spec = [self.command, self.shell, self.injected, sorted(self.env)]
        if self.injected:  # what injection keeps changes the runs; a {seed} command passes its seed itself
            spec += [self.vary, sorted(self.keep)]
        return hashlib.sha256(json.dumps(spec).encode()).hexdigest()[:16]

    def display(self) -> str:
        return self.command[0] if self.shell else shlex.join(self.command)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "command": list(self.command), "shell": self.shell, "inject": self.inject,
                "env": dict(self.env), "vary": self.vary, "keep": list(self.keep)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Configuration":
        return make_configuration(data["name"], data["command"], shell=data.get("shell", False),
                                  inject=data.get("inject"), env=data.get("env") or {},
                                  vary=data.get("vary", "training"), keep=data.get("keep") or ())


@dataclass(frozen=True)
class Seed:
    position: int
    key: str  # "own" or the decimal seed value: one record per (configuration, key, repeat)
    value: int | None  # None: the program's own seed


@dataclass
class Study:
    name: str
    configs: list[Configuration]
    seeds: int | None = DEFAULT_SEEDS  # a count ...
    seed_list: list[int] | None = None  # ... or explicit values (wins over the count)
    repeats: int = 1
    metric: str | None = None
    higher_is_better: bool | None = None
    metric_regex: str | None = None
    claims: dict[str, float] = field(default_factory=dict)
    timeout: float | None = 600.0
    retries: int = 0
    workdir: str = "."
    env: dict[str, str] = field(default_factory=dict)
    memory_mb: int | None = None
    allow_network: bool = False
    compare: list[str] = field(default_factory=list)  # --compare specs: metrics a run reports per system
    source: str | None = None  # the study file, when there is one

    def __post_init__(self) -> None:
        if not self.configs:
            raise StudyError("a study needs at least one configuration (a command, --config NAME=COMMAND or a study file)")
        names = [c.name for c in self.configs]
        if len(set(names)) != len(names):
            raise StudyError(f"configuration names must be unique: {', '.join(names)}")
        if self.seed_list is not None:
            if not self.seed_list or len(set(self.seed_list)) != len(self.seed_list):
                raise StudyError("the seed list must be non-empty and hold each seed once")
        elif not self.seeds or self.seeds < 1:
            raise StudyError("--seeds must be at least 1")
        if self.repeats < 1:
            raise StudyError("--repeats must be at least 1")
        self.comparisons()

    def comparisons(self) -> list:
        """The `compare` specs, parsed (systems.Compared); a bad one is a StudyError."""
        from .systems import parse_compare

        try:
            return [parse_compare(spec) for spec in self.compare]
        except ConfigError as exc:
            raise StudyError(str(exc)) from None

    def seeds_for(self, config: Configuration) -> list[Seed]:
        values = self.seed_list if self.seed_list is not None else list(range(self.seeds or DEFAULT_SEEDS))
        out = []
        for position, value in enumerate(values):
            if position == 0 and config.injected:
                out.append(Seed(0, OWN, None))
            else:
                out.append(Seed(position, str(value), value))
        return out

    def config(self, name: str) -> Configuration:
        for config in self.configs:
            if config.name == name:
                return config
        raise StudyError(f"no configuration named {name!r} (have: {', '.join(c.name for c in self.configs)})")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["configs"] = [c.to_dict() for c in self.configs]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Study":
        data = dict(data)
        data["configs"] = [Configuration.from_dict(c) for c in data["configs"]]
        return cls(**data)


def make_configuration(name: str, command: str | list[str] | tuple[str, ...], *, shell: bool = False,
                       inject: bool | None = None, env: dict[str, str] | None = None, vary: str = "training",
                       keep: list[str] | tuple[str, ...] = ()) -> Configuration:
    """A configuration from an argv list or a command string (split like a shell, not run by one)."""
    name = name.strip()
    if not name or any(ch in name for ch in "/\\\x00:") or name.startswith("."):
        raise StudyError(f"bad configuration name {name!r}: use letters, digits, '-' or '_'")
    if isinstance(command, str):
        if shell:
            argv: tuple[str, ...] = (command,)
        else:
            try:
                argv = tuple(shlex.split(command))
            except ValueError as exc:
                raise StudyError(f"configuration {name}: cannot split the command: {exc}") from None
    else:
        argv = tuple(str(part) for part in command)
        if shell:
            argv = (shlex.join(argv),) if len(argv) > 1 else argv
    if not argv or not argv[0].strip():
        raise StudyError(f"configuration {name}: empty command")
    if inject and any("{seed}" in part for part in argv):
        raise StudyError(f"configuration {name}: the command has a {{seed}} placeholder, so nothing needs injecting")
    if vary not in VARY:
        raise StudyError(f"configuration {name}: vary must be one of {', '.join(VARY)}, got {vary!r}")
    from .keep import parse_keep

    keep = tuple(dict.fromkeys(str(spec).strip() for spec in keep))
    for spec in keep:
        parse_keep(spec)
    return Configuration(name=name, command=argv, shell=shell, inject=inject,
                         env=tuple(sorted((str(k), str(v)) for k, v in (env or {}).items())), vary=vary, keep=keep)


def parse_config_option(text: str, *, shell: bool = False, inject: bool | None = None, vary: str = "training",
                        keep: tuple[str, ...] = ()) -> Configuration:
    """`--config NAME=COMMAND`."""
    name, sep, command = text.partition("=")
    if not sep or not command.strip():
        raise StudyError(f"--config wants NAME=COMMAND, got {text!r}")
    return make_configuration(name, command, shell=shell, inject=inject, vary=vary, keep=keep)


def parse_seed_list(text: str) -> list[int]:
    """`0,1,42` or `0-4,42` (ranges inclusive)."""
    seeds: list[int] = []
    try:
        for part in filter(None, (p.strip() for p in text.split(","))):
            if "-" in part:
                lo, hi = part.split("-", 1)
                seeds.extend(range(int(lo), int(hi) + 1))
            else:
                seeds.append(int(part))
    except ValueError:
        raise StudyError(f"--seed-list wants integers like 0,1,42 or 0-9, got {text!r}") from None
    return seeds


def parse_claim(text: str) -> tuple[str, float]:
    """`--claim NAME=VALUE` where NAME is a configuration or `configuration:metric`."""
    name, sep, value = text.rpartition("=")
    try:
        if not sep or not name:
            raise ValueError
        return name.strip(), float(value)
    except ValueError:
        raise StudyError(f"--claim wants NAME=VALUE (e.g. a=0.93 or a:accuracy=0.93), got {text!r}") from None


_STUDY_KEYS = {"name", "seeds", "seed_list", "repeats", "metric", "higher_is_better", "metric_regex", "claims",
               "timeout", "retries", "workdir", "env", "memory_mb", "allow_network", "compare", "vary", "keep"}
_CONFIG_KEYS = {"name", "command", "shell", "inject", "env", "vary", "keep"}


def load_study(path: Path) -> Study:
    """A study file: a `[study]` table and one `[[config]]` table per configuration."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise StudyError(f"cannot read study file {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise StudyError(f"{path}: {exc}") from None
    head = dict(raw.get("study", {}))
    unknown = sorted(set(head) - _STUDY_KEYS) + sorted(set(raw) - {"study", "config"})
    if unknown:
        raise StudyError(f"{path}: unknown keys {', '.join(unknown)}")
    configs = []
    vary, keep = head.pop("vary", "training"), head.pop("keep", [])  # [study] defaults of every [[config]]
    for entry in raw.get("config", []):
        extra = sorted(set(entry) - _CONFIG_KEYS)
        if extra or "name" not in entry or "command" not in entry:
            raise StudyError(f"{path}: each [[config]] needs name and command (unknown: {', '.join(extra) or 'none'})")
        configs.append(make_configuration(entry["name"], entry["command"], shell=entry.get("shell", False),
                                          inject=entry.get("inject"), env=entry.get("env"),
                                          vary=entry.get("vary", vary), keep=[*keep, *entry.get("keep", [])]))
    head.setdefault("name", path.stem)
    workdir = Path(head.get("workdir", "."))
    head["workdir"] = str(workdir if workdir.is_absolute() else (path.parent / workdir))
    if "claims" in head:
        head["claims"] = {str(k): float(v) for k, v in head["claims"].items()}
    if "seed_list" in head:
        head["seed_list"] = [int(s) for s in head["seed_list"]]
    if "compare" in head:
        head["compare"] = [spec if isinstance(spec, str) else ",".join(spec) for spec in head["compare"]]
    return Study(configs=configs, source=str(path), **head)
