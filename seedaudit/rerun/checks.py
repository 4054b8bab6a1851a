"""SA4xx findings from the measurements, plus SA001 for runs that could not be measured.

Thresholds live in each rule's `data` table (rules/SA40x-*.toml). Confidence grows with the number
of seeds behind a figure: low under 5, medium under 10, high from 10.
"""
from __future__ import annotations

from typing import Any

from ..diagnostics import input_error_finding
from ..findings import Confidence, Finding, Location
from ..rules import get_rule
from .results import MetricStatistics, StudyStatistics


def _confidence(n: int) -> Confidence:
    if n >= 10:
        return Confidence.HIGH
    if n >= 5:
        return Confidence.MEDIUM
    return Confidence.LOW


def _finding(rule_id: str, message: str, path: str, evidence: str, n: int, extra: dict[str, Any]) -> Finding:
    return get_rule(rule_id).finding(message, Location(path=path), confidence=_confidence(n), evidence=evidence,
                                     extra=extra)


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.4g}"


def claim_findings(metric: MetricStatistics, where: dict[str, str]) -> list[Finding]:
    tail = get_rule("SA401").data.get("tail_percentile", 95.0)
    out = []
    hib = metric.higher_is_better
    for name, summary in metric.configs.items():
        claim = summary.claim
        if not claim or summary.n < 3:
            continue
        worse = 100.0 * claim.worse_share
        if worse < tail and not claim.beyond_all_runs:
            continue
        best = "max" if hib else "min"
        if claim.beyond_all_runs:
            where_text = f"is {'above' if hib else 'below'} all {summary.n} runs"
        else:
            where_text = f"is reached by only {claim.runs_at_least_as_good} of {summary.n} runs"
        k = claim.matches_best_of_k
        matched = f"it matches the expected best of {k} seeds" if k and k > 1 else "no best-of-k over these runs reaches it"
        message = (f"{name}: claimed {metric.metric} {_fmt(claim.value)} {where_text} "
                   f"(percentile {claim.percentile:.0f}; mean {_fmt(summary.mean)}, "
                   f"std {_fmt(summary.std)}, {best} {_fmt(summary.max if hib else summary.min)}); {matched}")
        out.append(_finding("SA401", message, where.get(name, name), f"--claim {name}={claim.value}",
                            summary.n, {"config": name, "metric": metric.metric, "claim": claim.to_dict()}))
    return out


def flip_findings(metric: MetricStatistics, where: dict[str, str]) -> list[Finding]:
    threshold = get_rule("SA402").data.get("min_flip_risk", 0.2)
    out = []
    for pair in metric.pairs:
        if not pair.measured or pair.single_seed_risk < threshold:
            continue
        a, b = pair.a, pair.b
        lo, hi = pair.p_a_better_ci
        dlo, dhi = pair.mean_diff_ci
        tuned = pair.seed_tuned_baseline_risk
        worse = b if tuned.better == a else a
        needed = pair.seeds_needed
        holm = pair.p_value if pair.p_holm is None else pair.p_holm
        message = (f"{a} vs {b} on {metric.metric}: the ranking flips in {100 * pair.single_seed_risk:.0f}% of "
                   f"single-seed comparisons (P({a} better) = {pair.p_a_better:.2f} [{lo:.2f}, {hi:.2f}]); "
                   f"difference {_fmt(pair.mean_diff)} [{_fmt(dlo)}, {_fmt(dhi)}], Welch p = "
                   f"{pair.p_value:.3g} (Holm {holm:.3g}), ASO eps_min "
                   f"{pair.aso_eps_min:.2f}; best of {tuned.k} seeds of {worse} beats one run of "
                   f"{tuned.better} with P = {tuned.risk:.2f}; "
                   + (f"{needed} seeds per configuration would detect this effect (d = {abs(pair.cohens_d):.2f})"
                      if needed else "no effect to detect"))
        path = where.get(a, a)
        out.append(_finding("SA402", message, path, f"{a} vs {b}", min(pair.n_a, pair.n_b),
                            {"pair": [a, b], "metric": metric.metric}))
    return out


def nondeterminism_findings(metric: MetricStatistics, where: dict[str, str]) -> list[Finding]:
    threshold = get_rule("SA403").data.get("min_ratio", 0.5)
    out = []
    for name, summary in metric.configs.items():
        spread = summary.same_seed
        if not spread or spread.ratio is None or spread.ratio < threshold or not spread.same_seed_std:
            continue
        repeats = max(spread.repeats.values())
        message = (f"{name}: the same seed run {repeats} times gives a {metric.metric} spread (std "
                   f"{_fmt(spread.same_seed_std)}) that is {spread.ratio:.2f}x the spread across seeds "
                   f"(std {_fmt(spread.cross_seed_std)}): a fixed seed does not reproduce this result")
        out.append(_finding("SA403", message, where.get(name, name), f"seed {', '.join(spread.seeds)}",
                            summary.n, {"config": name, "metric": metric.metric, "same_seed": spread.to_dict()}))
    return out


def measured_findings(analysis: StudyStatistics, where: dict[str, str]) -> list[Finding]:
    """SA401-SA403 on the primary metric (`where` maps a configuration to the file to cite)."""
    metric = analysis.primary
    if metric is None:
        return []
    return claim_findings(metric, where) + flip_findings(metric, where) + nondeterminism_findings(metric, where)


def failed_run_findings(runs: list[Any], where: dict[str, str]) -> list[Finding]:
    """One SA001 per configuration whose runs failed: how many, and the first reason with its output."""
    by_config: dict[str, list[Any]] = {}
    for run in runs:
        if run.status != "ok":
            by_config.setdefault(run.config, []).append(run)
    total = {}
    for run in runs:
        total[run.config] = total.get(run.config, 0) + 1
    out = []
    for config, failed in by_config.items():
        first = failed[0]
        kinds = sorted({r.status for r in failed})
        last_line = next((line for line in reversed(first.stderr_tail.splitlines()) if line.strip()), "")
        message = (f"{config}: {len(failed)} of {total[config]} runs could not be measured ({', '.join(kinds)}); "
                   f"seed {first.seed_key}: {first.error}")
        out.append(input_error_finding(where.get(config, config), message, confidence=Confidence.HIGH,
                                       evidence=last_line[:300], fix_hint="Run the command by hand with one seed and "
                                       "fix it; finished runs are kept, so rerunning the same command resumes.",
                                       extra={"config": config, "statuses": kinds}))
    return out
