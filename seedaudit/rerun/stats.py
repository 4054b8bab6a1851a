"""What the seed does, in numbers: per-configuration spread, pairwise comparisons, power, consistency.

Every bootstrap draws from a `numpy.random.Generator` seeded from the analysis seed and the
configuration (or pair) name, so intervals reproduce exactly and adding a configuration does not
move the intervals of the others. Percentile intervals throughout. Values are oriented so that
"better" means higher; for a lower-is-better metric the values are negated inside and reported
back in their own units. The figures come back as the types of results.py.
"""
from __future__ import annotations

import math
import zlib
from dataclasses import dataclass, replace
from itertools import combinations
from typing import Any, Iterable, Sequence

from . import distributions, systems
from .results import (BestOfK, BootstrapSettings, ClaimPlacement, ConsistencyFigures, MetricStatistics, MetricSummary,
                      PairComparison, SameSeedSpread, SeedTunedRisk, StudyStatistics)

MIN_SEEDS = 3
DEFAULT_RESAMPLES = 10_000
DEFAULT_CONFIDENCE = 0.95
LOWER_IS_BETTER_WORDS = ("loss", "error", "err", "perplexity", "ppl", "wer", "cer", "mse", "mae", "rmse", "nll", "regret")
TOO_FEW = "fewer than {m} seeds per side ({detail}): no test or interval, raw values shown"


@dataclass(frozen=True)
class Options:
    resamples: int = DEFAULT_RESAMPLES
    confidence: float = DEFAULT_CONFIDENCE
    seed: int = 0
    k: int = 5  # best-of-k and seed-tuned-baseline size
    aso_iterations: int = 1000
    aso_dt: float = 0.005


def guess_higher_is_better(metric: str) -> bool:
    words = metric.lower().replace("-", "_").split("_")
    return not any(w in LOWER_IS_BETTER_WORDS for w in words)


def _rng(options: Options, *names: str):
    import numpy as np

    return np.random.default_rng([options.seed, zlib.crc32("\x00".join(names).encode())])


def _interval(samples, confidence: float) -> tuple[float, float]:
    import numpy as np

    tail = (1.0 - confidence) / 2.0 * 100.0
    lo, hi = np.percentile(samples, [tail, 100.0 - tail])
    return float(lo), float(hi)


def trimmed_mean_rows(sorted_rows):
    """IQM of each row of an already sorted 2-D array (25 % cut from each end, as rliable does)."""
    n = sorted_rows.shape[-1]
    cut = int(0.25 * n)
    return sorted_rows[..., cut:n - cut].mean(axis=-1)


def iqm(values: Sequence[float]) -> float:
    import numpy as np

    return float(trimmed_mean_rows(np.sort(np.asarray(values, dtype=float))))


def expected_best_of_k(values: Sequence[float], k: int) -> float:
    """Unbiased E[max of k runs drawn without replacement] (Tang et al. 2020)."""
    v = sorted(values)
    n = len(v)
    if not 1 <= k <= n:
        raise ValueError(f"k must lie in 1..{n}")
    total = math.comb(n, k)
    return sum(v[i - 1] * math.comb(i - 1, k - 1) for i in range(k, n + 1)) / total


def claim_percentile(values: Sequence[float], claim: float) -> float:
    """Percent of runs below the claim, ties counted half (scipy's kind='mean')."""
    below = sum(v < claim for v in values)
    ties = sum(v == claim for v in values)
    return 100.0 * (below + 0.5 * ties) / len(values)


def prob_greater(a: Sequence[float], b: Sequence[float]) -> float:
    """P(A > B) for one random run of each, ties half: Mann-Whitney U / (n_a n_b)."""
    import numpy as np

    a = np.asarray(a, dtype=float)[:, None]
    b = np.asarray(b, dtype=float)[None, :]
    return float(((a > b).sum() + 0.5 * (a == b).sum()) / (a.size * b.size))


def seed_tuned_baseline_risk(a: Sequence[float], b: Sequence[float], k: int) -> float:
    """P(best of k runs of B beats one run of A), unbiased (k of B's runs without replacement)."""
    nb = len(b)
    if not 1 <= k <= nb:
        raise ValueError(f"k must lie in 1..{nb}")
    total = math.comb(nb, k)
    sorted_b = sorted(b)
    import bisect

    stay_below = [math.comb(bisect.bisect_right(sorted_b, x), k) / total for x in a]
    return 1.0 - sum(stay_below) / len(a)


def welch(a: Sequence[float], b: Sequence[float]) -> dict[str, float]:
    import numpy as np

    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    va, vb = a.var(ddof=1) / a.size, b.var(ddof=1) / b.size
    diff = float(a.mean() - b.mean())
    se = math.sqrt(va + vb)
    if se == 0.0:
        t = 0.0 if diff == 0.0 else math.copysign(math.inf, diff)
        df = float(a.size + b.size - 2)
    else:
        t = diff / se
        df = (va + vb) ** 2 / (va**2 / (a.size - 1) + vb**2 / (b.size - 1))
    return {"t": t, "df": float(df), "p_value": distributions.t_two_sided_p(t, df)}


def cohens_d(a: Sequence[float], b: Sequence[float]) -> float:
    import numpy as np

    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    pooled = ((a.size - 1) * a.var(ddof=1) + (b.size - 1) * b.var(ddof=1)) / (a.size + b.size - 2)
    diff = float(a.mean() - b.mean())
    if pooled == 0.0:
        return 0.0 if diff == 0.0 else math.copysign(math.inf, diff)
    return diff / math.sqrt(pooled)


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm-Bonferroni adjusted p-values, in the input order."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [0.0] * m
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted


# --- Almost Stochastic Order --------------------------------------------------------------------

def _violation_ratio(sorted_a, sorted_b, dt: float):
    """eps_W2 of Dror et al. (2019) on rows of sorted samples, as deepsig computes it."""
    import numpy as np

    t = np.arange(dt, 1.0, dt)

    def quantiles(sorted_rows):
        n = sorted_rows.shape[-1]
        index = np.clip(np.ceil(n * t).astype(int) - 1, 0, n - 1)
        return sorted_rows[..., index]

    f, g = quantiles(sorted_a), quantiles(sorted_b)
    diff = g - f
    total = (diff**2 * dt).sum(axis=-1)
    violated = np.where(f >= g, 0.0, diff)[..., 1:]
    part = (violated**2 * dt).sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total == 0.0, 0.5, part / np.where(total == 0.0, 1.0, total))


def aso_eps_min(a: Sequence[float], b: Sequence[float], *, confidence: float = 0.95, iterations: int = 1000,
                dt: float = 0.005, rng=None) -> float:
    """Almost Stochastic Order eps_min (del Barrio et al. 2018, Dror et al. 2019); < 0.5: A better.

    Same estimator as deepsig's `aso` (bootstrapped sigma of the violation ratio), vectorised.
    """
    import numpy as np

    rng = rng if rng is not None else np.random.default_rng(0)
    a = np.sort(np.asarray(a, dtype=float))
    b = np.sort(np.asarray(b, dtype=float))
    ratio = float(_violation_ratio(a, b, dt))
    boot_a = np.sort(a[rng.integers(0, a.size, size=(iterations, a.size))], axis=1)
    boot_b = np.sort(b[rng.integers(0, b.size, size=(iterations, b.size))], axis=1)
    samples = _violation_ratio(boot_a, boot_b, dt)
    const = math.sqrt(a.size * b.size / (a.size + b.size))
    sigma = float(np.std(const * (samples - ratio)))
    return float(np.clip(ratio - sigma / const * distributions.normal_ppf(1.0 - confidence), 0.0, 1.0))


# --- per configuration ---------------------------------------------------------------------------

def describe(values: Sequence[float], options: Options, name: str, higher_is_better: bool = True) -> MetricSummary:
    """Spread of one configuration over seeds, with bootstrap intervals (refused under MIN_SEEDS)."""
    import numpy as np

    v = np.asarray(values, dtype=float)
    summary = MetricSummary(n=int(v.size), values=[float(x) for x in v], mean=float(v.mean()),
                            std=float(v.std(ddof=1)) if v.size > 1 else None, median=float(np.median(v)),
                            min=float(v.min()), max=float(v.max()), iqm=iqm(v))
    if v.size < MIN_SEEDS:
        return replace(summary, refused=TOO_FEW.format(m=MIN_SEEDS, detail=f"{name}: {v.size}"))
    rng = _rng(options, "describe", name)
    boot = np.sort(v[rng.integers(0, v.size, size=(options.resamples, v.size))], axis=1)
    sign = 1.0 if higher_is_better else -1.0
    ks = sorted({k for k in (1, 2, 3, 5, 10, options.k) if k <= v.size})
    best = [sign * expected_best_of_k(sign * v, k) for k in ks]
    return replace(summary,
                   mean_ci=_interval(boot.mean(axis=1), options.confidence),
                   std_ci=_interval(boot.std(axis=1, ddof=1), options.confidence),
                   median_ci=_interval(np.median(boot, axis=1), options.confidence),
                   iqm_ci=_interval(trimmed_mean_rows(boot), options.confidence),
                   best_of_k=BestOfK(k=ks, expected_best=best, inflation=[b - summary.mean for b in best]))


def place_claim(summary: MetricSummary, claim: float, higher_is_better: bool) -> ClaimPlacement:
    """Where a reported number falls among the runs, and how many seeds' best it matches.

    Runs within float rounding of the claim count as equal to it: a float32 0.6499999761 is the
    0.65 a paper prints.
    """
    values = [claim if math.isclose(v, claim, rel_tol=1e-6, abs_tol=1e-9) else v for v in summary.values]
    pct = claim_percentile(values, claim)
    tail = pct if higher_is_better else 100.0 - pct  # share of runs worse than the claim
    sign = 1.0 if higher_is_better else -1.0
    at_least = sum(sign * x >= sign * claim for x in values)
    matched_k = next((k for k in range(1, len(values) + 1)
                      if expected_best_of_k([sign * x for x in values], k) >= sign * claim), None)
    return ClaimPlacement(value=claim, percentile=pct, worse_share=tail / 100.0, runs_at_least_as_good=int(at_least),
                          beyond_all_runs=at_least == 0, matches_best_of_k=matched_k,
                          z=(claim - summary.mean) / summary.std if summary.std else None)


def same_seed_spread(groups: dict[str, Sequence[float]], cross_seed_std: float | None) -> SameSeedSpread | None:
    """Spread of repeats of one seed against the spread across seeds (pooled within-seed std)."""
    import numpy as np

    repeated = {k: np.asarray(v, dtype=float) for k, v in groups.items() if len(v) >= 2}
    if not repeated:
        return None
    pooled = math.sqrt(float(np.mean([g.var(ddof=1) for g in repeated.values()])))
    ranges = {k: float(g.max() - g.min()) for k, g in repeated.items()}
    return SameSeedSpread(seeds=sorted(repeated), repeats={k: len(g) for k, g in repeated.items()},
                          same_seed_std=pooled, same_seed_range=ranges, cross_seed_std=cross_seed_std,
                          ratio=pooled / cross_seed_std if cross_seed_std else None)


# --- per pair ------------------------------------------------------------------------------------

def compare(name_a: str, a: Sequence[float], name_b: str, b: Sequence[float], options: Options,
            higher_is_better: bool = True) -> PairComparison:
    """A against B over seeds: difference, tests, ranking probabilities, power."""
    import numpy as np

    names = {"a": name_a, "b": name_b, "n_a": len(a), "n_b": len(b)}
    if len(a) < MIN_SEEDS or len(b) < MIN_SEEDS:
        return PairComparison(**names, refused=TOO_FEW.format(m=MIN_SEEDS, detail=f"{name_a}: {len(a)}, {name_b}: {len(b)}"))
    sign = 1.0 if higher_is_better else -1.0
    va, vb = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    ga, gb = sign * va, sign * vb  # "greater is better" views
    rng = _rng(options, "compare", name_a, name_b)
    ia = rng.integers(0, va.size, size=(options.resamples, va.size))
    ib = rng.integers(0, vb.size, size=(options.resamples, vb.size))
    test = welch(va, vb)
    p_ab = prob_greater(ga, gb)
    d = cohens_d(ga, gb)
    better, worse = (ga, gb) if p_ab >= 0.5 else (gb, ga)
    k = min(options.k, worse.size)
    return PairComparison(
        **names,
        mean_diff=float(va.mean() - vb.mean()),
        mean_diff_ci=_interval(va[ia].mean(axis=1) - vb[ib].mean(axis=1), options.confidence),
        welch_t=test["t"], welch_df=test["df"], p_value=test["p_value"],
        p_a_better=p_ab,
        p_a_better_ci=_interval(_prob_greater_rows(ga[ia], gb[ib]), options.confidence),
        single_seed_risk=min(p_ab, 1.0 - p_ab),  # chance that one seed each ranks them the other way
        cohens_d=d,
        single_seed_risk_normal=distributions.normal_cdf(-abs(d) / math.sqrt(2.0)) if math.isfinite(d) else 0.0,
        seed_tuned_baseline_risk=SeedTunedRisk(better=name_a if p_ab >= 0.5 else name_b, k=k,
                                               risk=seed_tuned_baseline_risk(better, worse, k)),
        aso_eps_min=aso_eps_min(ga, gb, confidence=options.confidence, iterations=options.aso_iterations,
                                dt=options.aso_dt, rng=_rng(options, "aso", name_a, name_b)),
        seeds_needed=distributions.seeds_needed(d) if math.isfinite(d) else None,
    )


def _prob_greater_rows(a_rows, b_rows, chunk: int = 2000):
    """P(A > B) for each bootstrap row pair, in chunks to bound memory."""
    import numpy as np

    out = np.empty(a_rows.shape[0])
    scale = a_rows.shape[1] * b_rows.shape[1]
    for start in range(0, a_rows.shape[0], chunk):
        x = a_rows[start:start + chunk, :, None]
        y = b_rows[start:start + chunk, None, :]
        out[start:start + chunk] = ((x > y).sum(axis=(1, 2)) + 0.5 * (x == y).sum(axis=(1, 2))) / scale
    return out


# --- per-example predictions ---------------------------------------------------------------------

LABELS_DIFFER = ("the true labels differ across runs ({n} of {m} runs differ from the first): each run scored other "
                 "examples, so the data changed with the seed; hold the data seeds (--vary training, --keep SITE)")


def consistency(predictions: Sequence[Sequence[Any]], labels: Sequence[Any] | None = None,
                run_labels: Sequence[Sequence[Any] | None] = ()) -> ConsistencyFigures | None:
    """Share of examples predicted identically in every run, pairwise churn, and flip counts.

    `run_labels` are the labels each run logged: the figures compare examples across runs, so they
    are refused when the runs did not label the same examples."""
    runs = [list(p) for p in predictions if p is not None]
    if len(runs) < 2:
        return None
    size = len(runs[0])
    if any(len(r) != size for r in runs) or size == 0:
        return ConsistencyFigures(refused="predictions of different lengths across runs: cannot align examples")
    logged = [list(y) for y in run_labels if y is not None]
    differing = sum(y != logged[0] for y in logged[1:]) if logged else 0
    if differing:
        return ConsistencyFigures(refused=LABELS_DIFFER.format(n=differing, m=len(logged)))
    columns = list(zip(*runs))
    same = sum(len(set(map(_hashable, col))) == 1 for col in columns)
    churn = [sum(x != y for x, y in zip(r1, r2)) / size for r1, r2 in combinations(runs, 2)]
    figures = ConsistencyFigures(runs=len(runs), examples=size, consistency=same / size,
                                 mean_pairwise_churn=sum(churn) / len(churn), max_pairwise_churn=max(churn))
    if labels is None or len(labels) != size:
        return figures
    right = [[p == y for p, y in zip(col, [label] * len(col))] for col, label in zip(columns, labels)]
    always_right, always_wrong = sum(all(r) for r in right), sum(not any(r) for r in right)
    return replace(figures, always_right=always_right, always_wrong=always_wrong,
                   flipping=size - always_right - always_wrong)


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


# --- whole analysis ------------------------------------------------------------------------------

def analyse_values(values: dict[str, Sequence[float]], metric: str = "metric", *, higher_is_better: bool | None = None,
                   claims: dict[str, float] | None = None, repeats: dict[str, dict[str, Sequence[float]]] | None = None,
                   options: Options = Options()) -> MetricStatistics:
    """Statistics for one metric: `values[config]` are the cross-seed values (one per seed).

    `repeats[config][seed_key]` holds every value of a seed that was run more than once; `claims`
    maps a configuration to the number reported for it.
    """
    hib = guess_higher_is_better(metric) if higher_is_better is None else higher_is_better
    configs: dict[str, MetricSummary] = {}
    for name, vals in values.items():
        if not vals:
            configs[name] = MetricSummary(n=0, values=[], refused="no successful run")
            continue
        summary = describe(vals, options, name, hib)
        claim = place_claim(summary, claims[name], hib) if claims and name in claims else None
        configs[name] = replace(summary, claim=claim, same_seed=same_seed_spread((repeats or {}).get(name, {}), summary.std))
    pairs = [compare(a, values[a], b, values[b], options, hib)
             for a, b in combinations([n for n in values if values[n]], 2)]
    adjusted = iter(holm([p.p_value for p in pairs if p.measured]))
    pairs = [replace(p, p_holm=next(adjusted)) if p.measured else p for p in pairs]
    return MetricStatistics(metric=metric, higher_is_better=hib, configs=configs, pairs=pairs)


def analyse(runs: Iterable[Any], *, metric: str | None = None, higher_is_better: bool | None = None,
            claims: dict[str, float] | None = None, options: Options = Options(),
            configs: Sequence[str] | None = None, compare: Sequence[systems.Compared] = ()) -> StudyStatistics:
    """Statistics for every metric of a study's finished runs (store records or dicts).

    Each run needs `config`, `seed_key`, `repeat`, `status` and `metrics`; `predictions` and
    `labels` are optional. Cross-seed statistics use repeat 0 of each seed; every repeat of a seed
    feeds the same-seed spread. `claims` keys are `config` (primary metric) or `config:metric`.
    Systems a run compares itself (systems.py; `compare` names metrics per system) are configurations
    of their own; per-example agreement stays with the configuration that ran.
    """
    records = [r if isinstance(r, dict) else r.to_dict() for r in runs]
    ran = [r for r in records if r.get("status") == "ok"]
    names = list(configs) if configs else list(dict.fromkeys(r["config"] for r in records))
    ok, measured_names, origins = systems.split(ran, names, compare)
    agreement = _agreement(ran, names)
    names = measured_names
    metric_names = list(dict.fromkeys(m for r in ok for m in r.get("metrics", {})))
    primary = metric or (metric_names[0] if metric_names else None)
    if metric and metric not in metric_names and ok:
        raise ValueError(f"no run reported metric {metric!r} (seen: {', '.join(metric_names) or 'none'})")
    metrics: dict[str, MetricStatistics] = {}
    for name in metric_names:
        values: dict[str, list[float]] = {c: [] for c in names}
        repeats: dict[str, dict[str, list[float]]] = {c: {} for c in names}
        for r in sorted(ok, key=lambda r: (r.get("position", 0), r["repeat"])):
            if name not in r["metrics"] or r["config"] not in values:
                continue
            value = float(r["metrics"][name])
            repeats[r["config"]].setdefault(str(r["seed_key"]), []).append(value)
            if r["repeat"] == 0:
                values[r["config"]].append(value)
        wanted = {}
        for key, value in (claims or {}).items():
            config, _, claim_metric = key.partition(":")
            if (claim_metric or primary) == name:
                wanted[config] = value
        hib = higher_is_better if name == primary else None
        metrics[name] = analyse_values(values, name, higher_is_better=hib, claims=wanted, repeats=repeats,
                                       options=options)
    settings = BootstrapSettings(resamples=options.resamples, confidence=options.confidence, seed=options.seed)
    return StudyStatistics(primary_metric=primary, bootstrap=settings, metrics=metrics, consistency=agreement,
                           systems=origins or None)


def _agreement(ok: list[dict[str, Any]], names: list[str]) -> dict[str, ConsistencyFigures]:
    """Consistency and churn of each configuration's per-example predictions (repeat 0 of each seed)."""
    agreement: dict[str, ConsistencyFigures] = {}
    for config in names:
        preds = [r for r in ok if r["config"] == config and r.get("predictions") is not None and r["repeat"] == 0]
        if preds:
            run_labels = [r.get("labels") for r in preds]
            labels = next((y for y in run_labels if y is not None), None)
            result = consistency([r["predictions"] for r in preds], labels, run_labels)
            if result:
                agreement[config] = result
    return agreement
