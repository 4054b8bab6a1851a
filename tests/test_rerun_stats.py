"""Statistics of the re-runner against independent references: scipy, brute force, deepsig (fixture)."""
from __future__ import annotations

import json
import math
from itertools import combinations
from pathlib import Path

import numpy as np
import pytest

from seedaudit.rerun import distributions, stats
from seedaudit.rerun.results import StudyStatistics

FIXTURES = Path(__file__).parent / "fixtures" / "rerun"
OPTIONS = stats.Options(resamples=2000, seed=7)


@pytest.fixture(scope="module")
def scipy_stats():
    """scipy is the independent reference (a test dependency only, never used by the package)."""
    return pytest.importorskip("scipy.stats")


@pytest.fixture(scope="module")
def samples():
    rng = np.random.default_rng(11)
    return rng.normal(0.80, 0.02, 12), rng.normal(0.79, 0.03, 9)


@pytest.mark.parametrize("t,df", [(0.0, 3), (1.3, 4.5), (-2.2, 9), (3.9, 27.3), (12.0, 2), (0.4, 200)])
def test_t_distribution_matches_scipy(t, df, scipy_stats):
    assert distributions.t_sf(t, df) == pytest.approx(scipy_stats.t.sf(t, df), rel=1e-9, abs=1e-13)
    assert distributions.t_two_sided_p(t, df) == pytest.approx(2 * scipy_stats.t.sf(abs(t), df), rel=1e-9, abs=1e-13)


@pytest.mark.parametrize("q,df", [(0.975, 5), (0.9, 2.5), (0.025, 40), (0.999, 12)])
def test_t_quantile_matches_scipy(q, df, scipy_stats):
    assert distributions.t_ppf(q, df) == pytest.approx(scipy_stats.t.ppf(q, df), rel=1e-8)


@pytest.mark.parametrize("d,n", [(0.5, 64), (1.0, 17), (2.0, 6), (0.8, 10)])
def test_power_matches_scipy_noncentral_t(d, n, scipy_stats):
    df = 2 * n - 2
    delta = d * math.sqrt(n / 2)
    crit = scipy_stats.t.ppf(0.975, df)
    reference = scipy_stats.nct.sf(crit, df, delta) + scipy_stats.nct.cdf(-crit, df, delta)
    assert distributions.t_test_power(d, n) == pytest.approx(reference, abs=2e-4)


@pytest.mark.parametrize("d,n", [(0.5, 64), (0.8, 26), (1.0, 17), (1.5, 9), (2.0, 6)])
def test_seeds_needed_table(d, n):
    assert distributions.seeds_needed(d) == n


def test_seeds_needed_without_effect_is_none():
    assert distributions.seeds_needed(0.0) is None


def test_welch_matches_scipy(samples, scipy_stats):
    a, b = samples
    ours = stats.welch(a, b)
    ref = scipy_stats.ttest_ind(a, b, equal_var=False)
    assert ours["t"] == pytest.approx(ref.statistic, rel=1e-12)
    assert ours["p_value"] == pytest.approx(ref.pvalue, rel=1e-9)


def test_welch_with_zero_spread_is_decided_by_the_means():
    assert stats.welch([1, 1, 1], [1, 1, 1])["p_value"] == 1.0
    assert stats.welch([2, 2, 2], [1, 1, 1])["p_value"] == 0.0


def test_prob_greater_is_mann_whitney_u_over_pairs(samples, scipy_stats):
    a, b = samples
    u = scipy_stats.mannwhitneyu(a, b, alternative="two-sided").statistic
    assert stats.prob_greater(a, b) == pytest.approx(u / (len(a) * len(b)))
    assert stats.prob_greater([1, 2], [2, 2]) == pytest.approx(0.25)


def test_iqm_matches_trimmed_mean(scipy_stats):
    for n in (4, 7, 10, 33):
        v = np.random.default_rng(n).normal(size=n)
        assert stats.iqm(v) == pytest.approx(scipy_stats.trim_mean(v, 0.25))


def test_claim_percentile_matches_scipy_kind_mean(scipy_stats):
    v = [0.7, 0.72, 0.72, 0.75, 0.8, 0.81]
    for claim in (0.6, 0.72, 0.79, 0.81, 0.9):
        assert stats.claim_percentile(v, claim) == pytest.approx(scipy_stats.percentileofscore(v, claim, kind="mean"))


def test_expected_best_of_k_equals_brute_force_over_subsets():
    v = [0.61, 0.70, 0.64, 0.70, 0.59, 0.66, 0.68]
    for k in range(1, len(v) + 1):
        brute = np.mean([max(c) for c in combinations(v, k)])
        assert stats.expected_best_of_k(v, k) == pytest.approx(brute)
    assert stats.expected_best_of_k(v, 1) == pytest.approx(np.mean(v))


def test_seed_tuned_baseline_risk_equals_brute_force():
    a = [0.80, 0.78, 0.83, 0.79]
    b = [0.77, 0.81, 0.76, 0.80, 0.78]
    for k in range(1, 6):
        brute = np.mean([np.mean([max(c) > x for c in combinations(b, k)]) for x in a])
        assert stats.seed_tuned_baseline_risk(a, b, k) == pytest.approx(brute)


def test_holm_against_hand_computed_values():
    # sorted p: 0.01 (x4 = 0.04), 0.02 (x3 = 0.06), 0.03 (x2 = 0.06), 0.5 (x1 = 0.5)
    assert stats.holm([0.03, 0.5, 0.01, 0.02]) == pytest.approx([0.06, 0.5, 0.04, 0.06])
    assert stats.holm([0.3, 0.04]) == pytest.approx([0.3, 0.08])
    assert stats.holm([0.9, 0.8]) == pytest.approx([1.0, 1.0])  # capped at 1, then kept monotone


def test_cohens_d_and_normal_single_seed_risk():
    assert distributions.normal_cdf(-0.5 / math.sqrt(2)) == pytest.approx(0.36, abs=0.005)
    assert distributions.normal_cdf(-1 / math.sqrt(2)) == pytest.approx(0.24, abs=0.005)
    assert distributions.normal_cdf(-2 / math.sqrt(2)) == pytest.approx(0.08, abs=0.005)
    a, b = [1.0, 2.0, 3.0], [0.0, 1.0, 2.0]
    assert stats.cohens_d(a, b) == pytest.approx(1.0)


def test_bootstrap_intervals_reproduce_and_cover_the_estimate(samples):
    a, _ = samples
    first = stats.describe(a, OPTIONS, "a")
    again = stats.describe(a, OPTIONS, "a")
    assert first == again
    for key in ("mean", "median", "iqm", "std"):
        lo, hi = getattr(first, f"{key}_ci")
        assert lo <= getattr(first, key) <= hi
    other_seed = stats.describe(a, stats.Options(resamples=2000, seed=8), "a")
    assert other_seed.mean_ci != first.mean_ci


def test_bootstrap_mean_interval_close_to_scipy_percentile_bootstrap(samples, scipy_stats):
    a, _ = samples
    ours = stats.describe(a, stats.Options(resamples=20000, seed=1), "a").mean_ci
    ref = scipy_stats.bootstrap((a,), np.mean, n_resamples=20000, method="percentile",
                                rng=np.random.default_rng(2)).confidence_interval
    assert ours[0] == pytest.approx(ref.low, abs=0.002)
    assert ours[1] == pytest.approx(ref.high, abs=0.002)


def test_comparison_of_three_seeds_or_fewer_is_refused_with_raw_values_kept():
    result = stats.analyse_values({"a": [0.8, 0.82], "b": [0.7, 0.71, 0.69]}, "accuracy", options=OPTIONS)
    pair = result.pairs[0]
    assert "fewer than 3 seeds" in pair.refused and "a: 2" in pair.refused
    assert pair.p_value is None and "p_value" not in pair.to_dict()
    assert result.configs["a"].values == [0.8, 0.82]
    assert result.configs["a"].refused and result.configs["a"].mean_ci is None
    assert result.configs["b"].mean_ci is not None


def test_lower_is_better_metric_flips_orientation():
    assert not stats.guess_higher_is_better("val_loss")
    assert stats.guess_higher_is_better("accuracy")
    result = stats.analyse_values({"a": [0.1, 0.2, 0.15, 0.12, 0.14], "b": [0.3, 0.35, 0.32, 0.31, 0.33]}, "loss",
                                  options=OPTIONS, claims={"a": 0.05})
    pair = result.pairs[0]
    assert pair.p_a_better == 1.0 and pair.mean_diff < 0
    claim = result.configs["a"].claim
    assert claim.beyond_all_runs and claim.worse_share == 1.0
    best = result.configs["a"].best_of_k
    assert best.k[-1] == 5 and best.expected_best[-1] == pytest.approx(0.1)  # best of all 5: the minimum
    assert all(i <= 0 for i in best.inflation)


def test_claim_matches_best_of_k():
    values = [0.70, 0.72, 0.74, 0.76, 0.78, 0.80]
    summary = stats.describe(values, OPTIONS, "a")
    placed = stats.place_claim(summary, 0.79, True)
    assert placed.runs_at_least_as_good == 1
    k = placed.matches_best_of_k
    assert stats.expected_best_of_k(values, k) >= 0.79 > stats.expected_best_of_k(values, k - 1)


def test_same_seed_spread_against_cross_seed_spread():
    spread = stats.same_seed_spread({"own": [0.8, 0.81, 0.79], "1": [0.7]}, 0.02)
    assert spread.seeds == ["own"]
    assert spread.same_seed_std == pytest.approx(0.01)
    assert spread.ratio == pytest.approx(0.5)
    assert stats.same_seed_spread({"own": [0.8]}, 0.02) is None


def test_consistency_churn_and_flips():
    runs = [[0, 1, 2, 1], [0, 1, 1, 1], [0, 2, 2, 1]]
    out = stats.consistency(runs, labels=[0, 1, 2, 0])
    assert out.consistency == pytest.approx(0.5)
    assert out.mean_pairwise_churn == pytest.approx((0.25 + 0.25 + 0.5) / 3)
    assert (out.always_right, out.always_wrong, out.flipping) == (1, 1, 2)
    assert stats.consistency([[1, 2], [1]]).to_dict() == {
        "refused": "predictions of different lengths across runs: cannot align examples"}


def test_analyse_from_records_uses_repeat_zero_and_holm():
    records = []
    for config, base in (("a", 0.8), ("b", 0.78), ("c", 0.7)):
        for seed in range(5):
            records.append({"config": config, "seed_key": str(seed), "position": seed, "repeat": 0, "status": "ok",
                            "metrics": {"acc": base + 0.01 * ((seed * 7) % 5)}})
    records.append({"config": "a", "seed_key": "0", "position": 0, "repeat": 1, "status": "ok",
                    "metrics": {"acc": 0.805}})
    records.append({"config": "a", "seed_key": "4", "position": 4, "repeat": 0, "status": "failed", "metrics": {}})
    out = stats.analyse(records, claims={"a": 0.9}, options=OPTIONS)
    acc = out.metrics["acc"]
    assert out.primary_metric == "acc" and out.primary is acc
    assert acc.configs["a"].n == 5 and acc.configs["a"].same_seed.repeats == {"0": 2}
    assert len(acc.pairs) == 3
    ps = [p.p_value for p in acc.pairs]
    assert [p.p_holm for p in acc.pairs] == pytest.approx(stats.holm(ps))
    assert acc.configs["a"].claim.beyond_all_runs
    assert StudyStatistics.from_dict(json.loads(json.dumps(out.to_dict()))) == out  # what a saved audit reads back


def _aso_reference():
    return json.loads((FIXTURES / "aso_reference.json").read_text())


@pytest.mark.parametrize("case", _aso_reference()["cases"], ids=lambda c: c["name"])
def test_aso_matches_deepsig_reference(case):
    a, b = np.sort(case["a"]), np.sort(case["b"])
    assert float(stats._violation_ratio(a, b, 0.005)) == pytest.approx(case["violation_ratio"], abs=1e-12)
    ours = stats.aso_eps_min(case["a"], case["b"], iterations=5000, rng=np.random.default_rng(3))
    # deepsig's bootstrap draws differ from ours; the estimator is the same, so only Monte Carlo noise remains
    assert ours == pytest.approx(float(np.mean(case["eps_min"])), abs=0.03)
