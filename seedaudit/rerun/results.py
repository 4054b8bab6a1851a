"""The re-runner's statistics as types: what stats.py computes, checks.py judges and report/ renders.

A `Result` carries them as JSON (`data["rerun"]`, as every engine's section is JSON), so a live run
and a saved audit reach the renderers the same way: `StudyStatistics.from_result` reads the section
back into these types, and `to_dict` writes the keys, order and values `rerun -f json` and saved
audits have always had. Field names are those JSON keys.

Besides plain fields there are two kinds. An *optional* field is left out of the JSON while it is
None (an interval refused for too few seeds, a claim nobody made). A *measured* field exists only in
a record that was measured: a refused comparison carries its names and the reason and nothing else,
while a measured one writes a measured None too (the std of a single run, no effect to detect).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Callable

from ..result import Result

Interval = tuple[float, float]  # percentile bootstrap interval (low, high)


def _optional(load: Callable[[Any], Any] | None = None) -> Any:
    return field(default=None, metadata={"optional": True, "load": load})


def _when_measured(load: Callable[[Any], Any] | None = None) -> Any:
    return field(default=None, metadata={"measured": True, "load": load})


def _nested(load: Callable[[Any], Any]) -> Any:
    return field(metadata={"load": load})


def _plain(value: Any) -> Any:
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


class _Record:
    """JSON in field order, by the field kinds above; read back by each field's `load`."""

    @property
    def measured(self) -> bool:
        return True

    def to_dict(self) -> dict[str, Any]:
        out = {}
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if (f.metadata.get("optional") and value is None) or (f.metadata.get("measured") and not self.measured):
                continue
            out[f.name] = _plain(value)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        """The record a `to_dict` wrote; KeyError or TypeError when `data` is not one (a damaged file)."""
        values = {}
        for f in fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                load, value = f.metadata.get("load"), data[f.name]
                values[f.name] = load(value) if load and value is not None else value
        return cls(**values)


def _each(record: type[_Record]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda data: {name: record.from_dict(item) for name, item in data.items()}


def _all(record: type[_Record]) -> Callable[[list[Any]], list[Any]]:
    return lambda data: [record.from_dict(item) for item in data]


# --- per configuration ---------------------------------------------------------------------------

@dataclass(frozen=True)
class BestOfK(_Record):
    """Expected best of k seeds for each k, and how far it lies above the mean (the inflation)."""
    k: list[int]
    expected_best: list[float]
    inflation: list[float]


@dataclass(frozen=True)
class ClaimPlacement(_Record):
    """Where a reported number falls among the runs."""
    value: float
    percentile: float  # percent of runs below it, ties half
    worse_share: float  # share of runs worse than it
    runs_at_least_as_good: int
    beyond_all_runs: bool
    matches_best_of_k: int | None  # the smallest k whose expected best reaches it
    z: float | None


@dataclass(frozen=True)
class SameSeedSpread(_Record):
    """Repeats of one seed against the spread across seeds (same-seed nondeterminism)."""
    seeds: list[str]
    repeats: dict[str, int]
    same_seed_std: float
    same_seed_range: dict[str, float]
    cross_seed_std: float | None
    ratio: float | None


@dataclass(frozen=True)
class MetricSummary(_Record):
    """One configuration's metric over seeds; intervals and best-of-k only from MIN_SEEDS seeds."""
    n: int
    values: list[float]
    mean: float | None = _when_measured()
    std: float | None = _when_measured()  # None for a single run
    median: float | None = _when_measured()
    min: float | None = _when_measured()
    max: float | None = _when_measured()
    iqm: float | None = _when_measured()
    refused: str | None = _optional()
    mean_ci: Interval | None = _optional(tuple)
    std_ci: Interval | None = _optional(tuple)
    median_ci: Interval | None = _optional(tuple)
    iqm_ci: Interval | None = _optional(tuple)
    best_of_k: BestOfK | None = _optional(BestOfK.from_dict)
    claim: ClaimPlacement | None = _optional(ClaimPlacement.from_dict)
    same_seed: SameSeedSpread | None = _optional(SameSeedSpread.from_dict)

    @property
    def measured(self) -> bool:
        return self.n > 0


# --- per pair ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SeedTunedRisk(_Record):
    """P(the best of k seeds of the worse configuration beats one run of the better one)."""
    better: str
    k: int
    risk: float


@dataclass(frozen=True)
class PairComparison(_Record):
    """A against B over seeds; refused (names and reason only) under MIN_SEEDS seeds a side."""
    a: str
    b: str
    n_a: int
    n_b: int
    refused: str | None = _optional()
    mean_diff: float | None = _when_measured()
    mean_diff_ci: Interval | None = _when_measured(tuple)
    welch_t: float | None = _when_measured()
    welch_df: float | None = _when_measured()
    p_value: float | None = _when_measured()
    p_a_better: float | None = _when_measured()  # P(A > B) for one run of each, ties half
    p_a_better_ci: Interval | None = _when_measured(tuple)
    single_seed_risk: float | None = _when_measured()  # the ranking flips: one seed each ranks them the other way
    cohens_d: float | None = _when_measured()
    single_seed_risk_normal: float | None = _when_measured()
    seed_tuned_baseline_risk: SeedTunedRisk | None = _when_measured(SeedTunedRisk.from_dict)
    aso_eps_min: float | None = _when_measured()
    seeds_needed: int | None = _when_measured()  # None: no effect to detect
    p_holm: float | None = _optional()

    @property
    def measured(self) -> bool:
        return self.refused is None


# --- per-example predictions ---------------------------------------------------------------------

@dataclass(frozen=True)
class ConsistencyFigures(_Record):
    """Agreement of one configuration's per-example predictions across runs; the counts need labels."""
    refused: str | None = _optional()
    runs: int | None = _when_measured()
    examples: int | None = _when_measured()
    consistency: float | None = _when_measured()
    mean_pairwise_churn: float | None = _when_measured()
    max_pairwise_churn: float | None = _when_measured()
    always_right: int | None = _optional()
    always_wrong: int | None = _optional()
    flipping: int | None = _optional()

    @property
    def measured(self) -> bool:
        return self.refused is None


# --- whole study ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class MetricStatistics(_Record):
    """Every configuration and every pair on one metric."""
    metric: str
    higher_is_better: bool
    configs: dict[str, MetricSummary] = _nested(_each(MetricSummary))
    pairs: list[PairComparison] = _nested(_all(PairComparison))


@dataclass(frozen=True)
class BootstrapSettings(_Record):
    resamples: int
    confidence: float
    seed: int
    method: str = "percentile"


@dataclass(frozen=True)
class SystemSource(_Record):
    """A configuration of the analysis that is one system of a run comparing several (systems.py)."""
    config: str  # the configuration that ran
    system: str  # the system's name in its output


@dataclass(frozen=True)
class RunCounts(_Record):
    total: int
    by_status: dict[str, int]


@dataclass(frozen=True)
class StudyStatistics(_Record):
    """A study's statistics; the engine adds what the store holds, `audit --rerun` its plan."""
    primary_metric: str | None
    bootstrap: BootstrapSettings = _nested(BootstrapSettings.from_dict)
    metrics: dict[str, MetricStatistics] = _nested(_each(MetricStatistics))
    consistency: dict[str, ConsistencyFigures] = _nested(_each(ConsistencyFigures))
    systems: dict[str, SystemSource] | None = _optional(_each(SystemSource))  # configurations that are systems
    runs: RunCounts | None = _optional(RunCounts.from_dict)
    study: dict[str, Any] | None = _optional()  # the study as run: commands, seeds, seed sites varied and kept
    plan: dict[str, Any] | None = _optional()  # audit --rerun: why these commands, run and skipped counts

    @property
    def primary(self) -> MetricStatistics | None:
        """The primary metric's statistics (the one the findings and charts are about)."""
        return self.metrics.get(self.primary_metric) if self.primary_metric else None

    @classmethod
    def from_result(cls, result: Result) -> "StudyStatistics | None":
        """The statistics a Result carries (a live one or a saved audit's), None where it has none."""
        section = result.data.get("rerun")
        return cls.from_dict(section) if section else None
