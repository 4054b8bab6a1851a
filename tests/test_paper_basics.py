"""Smoke tests of the paper engine on small text papers written for these tests."""
from __future__ import annotations

import pytest

from seedaudit.paper import audit_paper
from seedaudit.paper.design import runs_draw_a_compared_method


def test_text_paper_findings_and_verdict(tmp_path):
    paper = tmp_path / "paper.md"
    paper.write_text(
        "# 4 Experiments\n\n"
        "We set the random seed to 42 to ensure reproducibility. We use 20 seed words from a lexicon.\n"
        "All results are averaged over 5 runs (mean ± std).\n\n"
        "## References\n\nBethard, S. 2022. We need to talk about random seeds. A single run is not enough.\n",
        encoding="utf-8",
    )
    audit = audit_paper(paper)
    rules = sorted(f.rule_id for f in audit.findings)
    assert rules == ["SA201", "SA204"]
    assert audit.verdict == "review"  # the seed fixed for reproducibility is a setting of the five runs
    assert any("setting" in reason for reason in audit.reasons)
    assert audit.claims.values == [42]
    assert audit.claims.max_n == 5
    assert audit.claims.spread_reported
    assert all(s.line for s in audit.sentences)


def _text_paper(tmp_path, text: str):
    paper = tmp_path / "paper.md"
    paper.write_text(text, encoding="utf-8")
    return audit_paper(paper)


def test_a_plus_minus_in_an_html_table_of_a_markdown_paper_is_a_reported_spread(tmp_path):
    table = "<table><tr><td>Method</td><td>mAP</td></tr><tr><td>Ours</td><td>51.2 ± 0.4</td></tr></table>\n"
    prose = "# 4 Results\n\nAll numbers are averaged over four runs with different random seeds.\n\n"
    audit = _text_paper(tmp_path, prose + "Table 2: detection results.\n" + table)
    assert [f.rule_id for f in audit.findings] == ["SA204"]
    assert audit.claims.spread_reported  # as a PDF's table rows with '±' are
    assert not any("no spread" in reason for reason in audit.reasons)
    without = _text_paper(tmp_path, prose + "Table 2: detection results.\n" + table.replace(" ± 0.4", ""))
    assert not without.claims.spread_reported


SEED_DATA_PAPER = (
    "# 3 Data\n\n"
    "We collect 300 seed instructions from public forums. The seed instructions are rewritten by annotators,\n"
    "and a seed pool of 50 tasks is kept apart.\n"
    "Each new instruction combines the goals of two seeds into one task.\n"
)


def test_a_paper_that_means_seed_data_throughout_reads_a_bare_seed_as_data(tmp_path):
    audit = _text_paper(tmp_path, SEED_DATA_PAPER)
    assert audit.stats.get("seeds_are_data") and audit.verdict == "no seed information"


def test_a_random_seed_anywhere_keeps_the_rng_sense(tmp_path):
    audit = _text_paper(tmp_path, SEED_DATA_PAPER + "\nThe classifier is trained with random seed 1 and seed 2, averaged.\n")
    assert not audit.stats.get("seeds_are_data") and audit.verdict == "review"


TRIAL_DATA_PAPER = (
    "# 3 Data\n\n"
    "Every wrist gesture is performed in a quiet room and repeats 6 times per participant.\n"
    "We discard the EMG trials whose amplitude reaches the clipping level of the amplifier.\n\n"
    "# 4 Analysis\n\n"
    "The grey curve shows the mean over all trials.\n"
)


def test_a_paper_that_records_trials_of_its_data_reads_a_bare_trial_as_data(tmp_path):
    audit = _text_paper(tmp_path, TRIAL_DATA_PAPER)
    assert audit.stats.get("trials_are_data") and audit.verdict == "no seed information"


def test_trials_with_seeds_keep_the_run_sense(tmp_path):
    audit = _text_paper(tmp_path, TRIAL_DATA_PAPER + "\nThe decoder is trained in 3 trials with different seeds.\n")
    assert not audit.stats.get("trials_are_data") and audit.verdict == "review"


def test_repetitions_of_a_speed_measurement_named_in_the_sentence_before_aggregate_no_runs(tmp_path):
    speed = "We time the decoding latency and the peak memory usage of both tokenizers on one GPU. "
    audit = _text_paper(tmp_path, "# 5 Efficiency\n\n" + speed + "All measurements are averaged over 30 repetitions.\n")
    assert audit.verdict == "no seed information"
    scores = "We compare the tokenizers on three corpora. All benchmarks are averaged over 3 runs.\n"
    assert _text_paper(tmp_path, "# 5 Results\n\n" + scores).verdict == "review"


def test_a_seed_fixed_for_reproducibility_is_risky_when_nothing_is_run_several_times(tmp_path):
    audit = _text_paper(tmp_path, "We set the random seed to 42 to ensure reproducibility.\n")
    assert audit.verdict == "risky"


def test_a_fixed_seed_without_a_reproducibility_purpose_stays_risky_next_to_aggregates(tmp_path):
    audit = _text_paper(tmp_path, "The ablations all use seed 42.\nMain results are averaged over 5 runs (mean ± std).\n")
    assert audit.verdict == "risky"


def test_a_single_run_checked_against_other_seeds_is_review(tmp_path):
    once = "Each configuration is trained once.\n"
    assert _text_paper(tmp_path, once).verdict == "risky"
    checked = _text_paper(tmp_path, once + "Rerunning the study with another random seed leaves the ranking unchanged.\n")
    assert checked.verdict == "review" and any("checked against other seeds" in r for r in checked.reasons)


def test_a_paper_whose_runs_name_inference_and_never_training_runs_no_training(tmp_path):
    audit = _text_paper(tmp_path, "We query the API with greedy decoding over three runs for the ablation.\n\nEvery number we report comes from one run.\n")
    assert audit.stats.get("runs_are_inference") and audit.verdict == "no seed information"


def test_a_paper_that_names_training_keeps_its_single_run(tmp_path):
    audit = _text_paper(tmp_path, "We fine-tune the model and decode greedily with the API.\n\nEvery number we report comes from one run.\n")
    assert not audit.stats.get("runs_are_inference") and audit.verdict == "risky"


TRAINED_WITH_ONE_API_CAPTION = (
    "We train the tagger with a learning rate of 3e-5 for four epochs.\n\n"
    "Scores are averaged over 4 seeds.\n\n"
    "Every ablation uses three different seeds.\n\n"
    "Figure 2: Tagger and GPT-4 accuracy over 4 seeds.\n"
)


def test_one_closed_model_in_a_caption_leaves_a_trained_papers_seeds_training_seeds(tmp_path):
    audit = _text_paper(tmp_path, TRAINED_WITH_ONE_API_CAPTION)
    assert not audit.stats.get("runs_are_inference") and audit.verdict == "review"


def test_inference_named_by_most_run_sentences_is_read_as_inference_even_in_a_paper_that_trains(tmp_path):
    audit = _text_paper(tmp_path, "We train a probe with a learning rate of 1e-4.\n\n"
                                   "Each prompt is decoded greedily over three runs.\n\nAll numbers come from one run.\n")
    assert audit.stats.get("runs_are_inference") and audit.verdict == "no seed information"


SERVED_AFTER_ONE_STEP = ("Our camera model is tailored to each greenhouse one time, and from then on the tailored copy runs "
                         "inference on every new frame.\n\n{}Every greenhouse experiment uses the same settings and a "
                         "single seed.\n")


@pytest.mark.parametrize("setting", ["", "Tailoring uses a learning rate of 1e-5 for two epochs.\n\n"])
def test_a_step_made_once_whose_product_serves_inference_does_not_make_the_setup_seed_an_inference_seed(tmp_path,
                                                                                                        setting):
    audit = _text_paper(tmp_path, SERVED_AFTER_ONE_STEP.format(setting))
    assert not audit.stats.get("runs_are_inference") and audit.verdict == "risky"


def test_an_inference_step_done_once_still_names_inference_runs(tmp_path):
    audit = _text_paper(tmp_path, "Decoding is carried out once, and afterwards the judge grades every reply.\n\n"
                                   "Every experiment uses the same settings and a single seed.\n")
    assert audit.stats.get("runs_are_inference") and audit.verdict == "no seed information"


LANGUAGE_MODEL_SAMPLES = (
    "We compare how three open LLMs continue short fables; {}.\n\n"
    "Fluency of the three LLMs is averaged over four random seeds.\n\n"
    "Each set of text samples is scored for novelty, aggregated over 4 seeds.\n"
)


@pytest.mark.parametrize("setting, inference, verdict", [("nothing is fitted or adapted", True, "no seed information"),
                                                         ("a scorer is fitted at a 1e-4 learning rate", False, "review")])
def test_seeds_of_language_models_or_their_text_samples_are_inference_seeds_where_nothing_is_trained(tmp_path, setting,
                                                                                                     inference, verdict):
    audit = _text_paper(tmp_path, LANGUAGE_MODEL_SAMPLES.format(setting))
    assert bool(audit.stats.get("runs_are_inference")) == inference and audit.verdict == verdict


SAMPLED_METHOD = ("We propose a critique-and-revise agent and compare it with two baselines; it outperforms both.\n\n"
                  "Every agent samples from the LLM at temperature 0.8.\n\n")


def test_single_runs_of_a_sampled_method_compared_with_baselines_stay_single_runs(tmp_path):
    audit = _text_paper(tmp_path, SAMPLED_METHOD + "Each system was run a single time.\n")
    assert audit.stats.get("single_runs_are_draws") and audit.verdict == "risky"


def test_single_runs_of_a_deterministic_pipeline_rest_on_no_draw(tmp_path):
    greedy = SAMPLED_METHOD.replace("samples from the LLM at temperature 0.8", "decodes the LLM greedily (temperature 0)")
    audit = _text_paper(tmp_path, greedy + "Each system was run a single time.\n")
    assert audit.stats.get("runs_are_no_draws") and audit.verdict == "no seed information"


def test_single_runs_of_frozen_models_in_a_benchmark_rest_on_no_draw(tmp_path):
    benchmark = "We evaluate six existing LLMs on our questions, sampling at temperature 0.8.\n\n"
    audit = _text_paper(tmp_path, benchmark + "Each model was run a single time.\n")
    assert audit.stats.get("runs_are_no_draws") and audit.verdict == "no seed information"


def test_decoding_stated_more_often_deterministic_than_sampled_is_deterministic():
    assert runs_draw_a_compared_method("We propose a planner. It outperforms the baselines. Temperature 0.7; top-p 0.9.")
    assert not runs_draw_a_compared_method("We propose a planner. It outperforms the baselines. Greedy decoding with a "
                                           "temperature of 0; temperature 0 for the judge; top-p 0.9.")
    # a body temperature is no decoding temperature: greedy decoding stays the only decoding stated
    assert not runs_draw_a_compared_method("We propose a planner; it outperforms the baselines. Greedy decoding is "
                                           "used. A patient at a temperature of 38.5 is a case.")


def test_data_taken_as_seeds_is_no_random_seed(tmp_path):
    data = _text_paper(tmp_path, "We use five hand-picked hashtags per community as seeds, which we vary to test the crawler.\n")
    assert data.sentences == [] and data.verdict == "no seed information"
    values = _text_paper(tmp_path, "We use five hand-picked values as seeds, which we vary to test the crawler.\n")
    assert ["SEED" in s.labels for s in values.sentences] == [True]  # values as seeds: random seeds


def test_a_small_count_pairs_no_training_best_of_with_a_fit(tmp_path):
    # the best fit of 5 restarts and the best of 5 training runs share a count by chance: the best-of stays
    paper = tmp_path / "paper.md"
    paper.write_text("# 3 Fit\n\nWe fit a power law to the scores and keep the best fit of 5 runs.\n\n"
                     "# 4 Results\n\nWe report the best of 5 runs for the parser.\n", encoding="utf-8")
    audit = audit_paper(paper)
    assert [f.rule_id for f in audit.findings] == ["SA203"] and audit.verdict == "risky"


def test_trials_counted_in_a_hyperparameter_section_are_the_trials_of_the_search(tmp_path):
    # the same count of trials outside such a section, or with an average named, still reads as repeats
    tuned = "We gave each encoder 40 trials in total, eight of them evaluated at a time."
    paper = tmp_path / "paper.md"
    paper.write_text(f"# C Hyper-parameter tuning\n\n{tuned}\n\n# 4 Experiments\n\n{tuned}\n\n"
                     "# D Hyperparameters\n\nEvery score is the mean of 5 trials.\n", encoding="utf-8")
    audit = audit_paper(paper)
    assert [(f.rule_id, f.location.line) for f in audit.findings] == [("SA204", 7), ("SA204", 11)]
