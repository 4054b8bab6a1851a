"""A claimed number is compared with runs the way a paper prints it: float32 noise is not 'beyond all runs'."""
from seedaudit.rerun.stats import analyse_values


def test_claim_equal_to_best_run_up_to_float32_rounding():
    runs = [0.550000011920929, 0.6000000238418579, 0.625, 0.6499999761581421, 0.6499999761581421]
    claim = analyse_values({"b": runs}, "accuracy", claims={"b": 0.65}).configs["b"].claim
    assert not claim.beyond_all_runs
    assert claim.runs_at_least_as_good == 2
    assert claim.matches_best_of_k is not None


def test_claim_above_every_run_is_beyond():
    runs = [0.55, 0.60, 0.625, 0.65, 0.65]
    claim = analyse_values({"b": runs}, "accuracy", claims={"b": 0.70}).configs["b"].claim
    assert claim.beyond_all_runs and claim.percentile == 100.0
