"""The re-run statistics as text: a short table (the `rerun` text output shows it above the findings) and
the one line the HTML report leads its re-run section with."""
from __future__ import annotations

from ..rerun.results import Interval, StudyStatistics
from .rerun_runs import render_text as render_runs


def _f(x: float | None, digits: int = 4) -> str:
    return "-" if x is None else f"{x:.{digits}g}"


def _ci(pair: Interval | None) -> str:
    return "" if not pair else f" [{_f(pair[0])}, {_f(pair[1])}]"


def rerun_summary(statistics: StudyStatistics) -> str:
    """The primary metric in one line: each configuration's range over seeds, and how often a one-seed
    comparison of two of them picks the other winner."""
    metric = statistics.primary
    if metric is None:
        return ""
    parts = [f"{name}: {_f(c.min)}–{_f(c.max)} over {c.n} seeds (mean {_f(c.mean)}, std {_f(c.std, 2)})"
             for name, c in metric.configs.items() if c.measured]
    parts += [f"a one-seed comparison of {p.a} and {p.b} picks the other winner with probability {p.single_seed_risk:.2f}"
              for p in metric.pairs if p.measured]
    return f"{metric.metric}: " + "; ".join(parts) if parts else ""


def render_rerun_table(statistics: StudyStatistics) -> str:
    lines: list[str] = render_runs(statistics)
    conf = statistics.bootstrap
    for name, metric in statistics.metrics.items():
        direction = "higher is better" if metric.higher_is_better else "lower is better"
        lines.append(f"{name} ({direction}; {int(100 * conf.confidence)}% bootstrap intervals, "
                     f"{conf.resamples} resamples, seed {conf.seed})")
        for config, s in metric.configs.items():
            if not s.measured:
                lines.append(f"  {config}: no successful run")
                continue
            lines.append(f"  {config}: n={s.n} mean {_f(s.mean)}{_ci(s.mean_ci)} std {_f(s.std)} "
                         f"median {_f(s.median)} iqm {_f(s.iqm)} min {_f(s.min)} max {_f(s.max)}")
            if s.refused is not None:
                lines.append(f"    {s.refused}: {', '.join(_f(v) for v in s.values)}")
            best = s.best_of_k
            if best and len(best.k) > 1:
                lines.append("    best of k seeds: " + ", ".join(
                    f"k={k} {_f(v)} (+{_f(abs(i), 2)})" for k, v, i in zip(best.k, best.expected_best,
                                                                            best.inflation) if k > 1))
            if s.claim is not None:
                c = s.claim
                lines.append(f"    claim {_f(c.value)}: percentile {c.percentile:.0f}, "
                             f"{c.runs_at_least_as_good} of {s.n} runs at least as good")
            if s.same_seed is not None:
                ss = s.same_seed
                ratio = "-" if ss.ratio is None else f"{ss.ratio:.2f}x"
                lines.append(f"    same seed ({', '.join(ss.seeds)}): std {_f(ss.same_seed_std)} = "
                             f"{ratio} the cross-seed std")
        for p in metric.pairs:
            if not p.measured:
                lines.append(f"  {p.a} vs {p.b}: {p.refused}")
                continue
            lines.append(
                f"  {p.a} vs {p.b}: diff {_f(p.mean_diff)}{_ci(p.mean_diff_ci)} Welch p {_f(p.p_value, 3)} "
                f"(Holm {_f(p.p_holm, 3)}) P({p.a} better) {p.p_a_better:.2f}{_ci(p.p_a_better_ci)} "
                f"flip risk {p.single_seed_risk:.2f} ASO eps {p.aso_eps_min:.2f} "
                f"seeds needed {p.seeds_needed or '-'}")
    if statistics.consistency:
        lines.append("per-example predictions (consistency: predicted the same in every run; churn: predicted "
                     "differently by two runs)")
    for config, c in statistics.consistency.items():
        if not c.measured:
            lines.append(f"  {config}: no consistency: {c.refused}")
            continue
        flips = (f"; {c.always_right} always right, {c.flipping} flipping, {c.always_wrong} always wrong"
                 if c.flipping is not None else "")
        lines.append(f"  {config} over {c.runs} runs of {c.examples} examples: consistency {c.consistency:.3f}, "
                     f"churn {c.mean_pairwise_churn:.3f} (max {c.max_pairwise_churn:.3f}){flips}")
    return "\n".join(lines) + ("\n" if lines else "")
