"""Systems compared inside one run: one process that trains model A and model B under one seed.

A run may report a metric per system, and then each system becomes a configuration of the study,
with pairs, P(A > B) and flip risk as if it had been run by a command of its own:
- a JSON line that names its system under one of SYSTEM_KEYS: `{"model": "A", "acc": 0.8}`;
- `seedaudit.log_metric("acc", 0.8, system="A")`;
- metrics named per system, declared by `--compare acc_A,acc_B` (or `acc_A=A,acc_B=B` to name the
  systems): the part the names share, split at `_ - . : /` and spaces, is the metric ("acc"), the
  rest names the system.

Inside a run a system's metric is stored as `acc[A]` (QUALIFIED); the analysis splits the run into
one record per system. A configuration's systems are named after the system alone in a study of one
configuration, `config/system` when the study has several. Metrics of a split run that name no
system stay in the store and the CSV but not in the statistics (a run's time is no system's), and
per-example predictions stay with the configuration that ran (they belong to the run).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from ..errors import ConfigError
from .results import SystemSource

SYSTEM_KEYS = ("model", "system", "method", "config")  # a string under one of these names a line's system
_QUALIFIED = re.compile(r"^(?P<metric>.+)\[(?P<system>[^\[\]]+)\]$")
_SEPARATOR_CHARS = "_-.:/ "
_SEPARATORS = re.compile(r"([_\-.:/ ]+)")


def qualify(metric: str, system: str) -> str:
    """The stored name of a system's metric: `acc[A]`."""
    return f"{metric}[{system}]"


def unqualify(name: str) -> tuple[str, str | None]:
    """(metric, system) of a stored metric name; system None for a metric of the whole run."""
    match = _QUALIFIED.match(name)
    return (match["metric"], match["system"]) if match else (name, None)


def system_of(line: dict[str, Any]) -> str | None:
    """The system a JSON line names: the first string under SYSTEM_KEYS."""
    return next((line[k] for k in SYSTEM_KEYS if isinstance(line.get(k), str) and line[k].strip()), None)


# --- --compare ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Compared:
    """One `--compare`: each listed metric name of a run is metric `metric` of a system."""
    metric: str
    systems: dict[str, str]  # metric name as the run reports it -> system

    def spec(self) -> str:
        return ",".join(f"{name}={system}" for name, system in self.systems.items())


def parse_compare(text: str) -> Compared:
    """`acc_A,acc_B` or `acc_A=A,acc_B=B` (one clear line when the names cannot be split)."""
    items = [part.strip() for part in text.split(",") if part.strip()]
    pairs = [(name.strip(), system.strip()) for name, _, system in (item.partition("=") for item in items)]
    if len(pairs) < 2 or any(not name for name, _ in pairs) or len({n for n, _ in pairs}) != len(pairs):
        raise ConfigError(f"--compare wants two or more distinct metric names, like acc_A,acc_B, got {text!r}")
    names = [name for name, _ in pairs]
    metric, derived = _split_names(names)
    if metric is None:
        raise ConfigError(f"--compare {text}: the metric names share no part (split at _ - . : /) to name the "
                         f"compared metric; report them as one metric per system ({{\"model\": \"A\", \"acc\": 0.8}})")
    systems = {name: given or auto for (name, given), auto in zip(pairs, derived)}
    if any(not s for s in systems.values()) or len(set(systems.values())) != len(systems):
        raise ConfigError(f"--compare {text}: cannot tell the systems apart by name: name them, like "
                         f"--compare {names[0]}=A,{names[1]}=B")
    return Compared(metric, systems)


def _split_names(names: list[str]) -> tuple[str | None, list[str]]:
    """The words every name shares at its start and end (the metric) and the words between (the system)."""
    tokens = [_SEPARATORS.split(name) for name in names]  # words at even positions, separators at odd
    head = _shared(tokens)
    rest = [t[head:] for t in tokens]
    tail = _shared([t[::-1] for t in rest])
    if not head and not tail:
        return None, []
    ending = "".join(rest[0][len(rest[0]) - tail:]) if tail else ""
    metric = "".join(tokens[0][:head]) + (ending.lstrip(_SEPARATOR_CHARS) if head else ending)
    systems = ["".join(t[:len(t) - tail] if tail else t) for t in rest]
    return metric.strip(_SEPARATOR_CHARS), [s.strip(_SEPARATOR_CHARS) for s in systems]


def _shared(tokens: list[list[str]]) -> int:
    """How many leading tokens (words with their separators) every name shares, leaving each a word."""
    shortest = min(len(t) for t in tokens)
    count = 0
    for i in range(0, shortest - 1, 2):
        if len({t[i] for t in tokens}) > 1 or len({t[i + 1] for t in tokens}) > 1:
            break
        count = i + 2
    return count


def compare_by_system_names(metric_names: Iterable[str], systems: list[str]) -> list[Compared]:
    """`--compare` entries for metrics named after known systems (acc_A, A_acc for systems A, B).

    `audit --rerun` knows the names a script's loop compares (SA101's facts); a metric whose name
    has one of them as a word, once per system, becomes that system's metric."""
    wanted = {s.lower(): s for s in systems}
    by_metric: dict[str, dict[str, str]] = {}
    for name in metric_names:
        if unqualify(name)[1] is not None:
            continue
        words = _SEPARATORS.split(name)
        for i in range(0, len(words), 2):
            system = wanted.get(words[i].lower())
            if system is None:
                continue
            rest = (words[:i] + words[i + 1:])
            metric = "".join(rest).strip(_SEPARATOR_CHARS)
            if metric:
                by_metric.setdefault(metric, {})[name] = system
            break
    return [Compared(metric, found) for metric, found in by_metric.items()
            if len(found) >= 2 and len(set(found.values())) == len(found)]


# --- splitting runs into systems ---------------------------------------------------------------------

def split(records: list[dict[str, Any]], configs: list[str], compare: Iterable[Compared] = ()
          ) -> tuple[list[dict[str, Any]], list[str], dict[str, SystemSource]]:
    """Runs with their systems made configurations: (records, configuration names, origins).

    `configs` are the study's configurations in order; a configuration whose runs report systems is
    replaced in that order by its systems."""
    renames = {name: qualify(c.metric, system) for c in compare for name, system in c.systems.items()}
    qualify_names = len(configs) > 1
    out: list[dict[str, Any]] = []
    systems_of: dict[str, list[str]] = {}
    origins: dict[str, SystemSource] = {}
    for record in records:
        per_system: dict[str, dict[str, float]] = {}
        for name, value in record.get("metrics", {}).items():
            metric, system = unqualify(renames.get(name, name))
            if system is not None:
                per_system.setdefault(system, {})[metric] = value
        if not per_system:
            out.append(record)
            continue
        config = record["config"]
        for system, metrics in per_system.items():
            name = f"{config}/{system}" if qualify_names else system
            origins[name] = SystemSource(config=config, system=system)
            systems_of.setdefault(config, [])
            if name not in systems_of[config]:
                systems_of[config].append(name)
            out.append({**record, "config": name, "metrics": metrics, "predictions": None, "labels": None})
    names = [n for c in configs for n in systems_of.get(c, [c])]
    return out, names, origins
