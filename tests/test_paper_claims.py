"""Sentence facts: counts of seeds and runs in digits and words, and numbers that count nothing."""
from __future__ import annotations

import pytest

from seedaudit.paper.clean import pdf_blocks
from seedaudit.paper.claims import sentence_facts, table_seed_values


@pytest.mark.parametrize("text, counts", [
    ("We report the mean over five random seeds.", [(5, "seeds")]),
    ("Each configuration is run 3 times with different initialisations.", [(3, "runs")]),
    ("Results over 10 independent runs are shown in Figure 2.", [(10, "runs")]),
    ("Figure 3: accuracy over five runs.", [(5, "runs")]),
    # an outcome or status of the counted runs: "the three remaining seeds", "two diverged runs"
    ("Seed 8 is dropped from the table, and the three remaining seeds stay within a point.", [(3, "seeds")]),
    ("We restarted the two diverged runs from scratch.", [(2, "runs")]),
    # A number that labels a table, figure, section or step is no count.
    ("Our decoding settings are listed in Tab. 9 Random Seed numpy.random.seed", []),
    ("See Table 3 runs of the baseline for details.", []),
    ("In Section 4 seeds of the lexicon are discussed.", []),
    ("Step 2 runs the evaluation script.", []),
    ("7.2 Repetition in Speech Synthesis Outputs.", []),  # a section number
    # the last label of a range of lines, tables or steps, followed by "runs" the verb
    ("The merge loop in lines 3 to 6 runs in linear time.", []),
    ("Steps 2-4 runs the aligner on every shard.", []),
    ("Each probe needs from 4 to 8 runs to settle.", [(8, "runs")]),  # a range of counts, no labels
    # Table cells run together: the 32 is the batch size, 42 the seed.
    ("Learning rate 2e-5 Batch size 32 Random seed 42 Epochs 3", []),
    # a unit word naming the kind of a method is no count of runs: five initialisation techniques are five methods
    ("We compare three initialization schemes for the adapter: zeros, ones and a Gaussian.", []),
    ("The adapter is trained from four initializations and the mean is reported.", [(4, "runs")]),
    # decimals after a colon are values per seed, the count before them stands
    ("Tagging accuracy rises for four of five seeds: 0.2, 0.5, 0.1 and 0.7 points.", [(5, "seeds")]),
    # "N times" and a comparison is a ratio between two costs or scores, no repetition
    ("Training the two parsers costs budgets that are 9 times apart.", []),
    ("Distilling the tagger makes its training 4 times cheaper per epoch.", []),
    ("We trained each parser 4 times with different seeds.", [(4, "runs")]),
])
def test_counts(text, counts):
    assert sentence_facts(text).counts == counts


def test_seed_values_are_read_from_lists_and_assignments():
    assert sentence_facts("We use seeds 0, 1 and 42.").seed_values == [0, 1, 42]
    assert sentence_facts("Training uses torch.manual_seed(1234).").seed_values == [1234]
    assert sentence_facts("Learning rate 2e-5 Batch size 32 Random seed 42 Epochs 3").seed_values == [42]


@pytest.mark.parametrize("sentence, values, listed", [
    ("The random seed is set to 17 for the tagger.", [17], 1),
    ("Our seeds were fixed at 3, 5 and 8 for every parser.", [3, 5, 8], 3),
    ("The seed has always been kept at 0 while tuning the adapter.", [0], 1),
    ("Seeds are chosen from 10 to 14 for the ablations.", [10, 11, 12, 13, 14], 5),
    ("The seed was fixed in all 3 runs of the probe.", [], 0),
])
def test_seed_values_after_a_passive_setting_verb(sentence, values, listed):
    facts = sentence_facts(sentence)
    assert (facts.seed_values, facts.listed) == (values, listed)


def test_only_values_in_one_list_count_as_several_seeds():
    listed = sentence_facts("We train with seed 1 and seed 2.")
    assert (listed.seed_values, listed.listed, listed.n) == ([1, 2], 2, 2)
    apart = sentence_facts("The encoder is trained with seed 11, while the index is built with seed 5.")
    assert (apart.seed_values, apart.listed, apart.n) == ([11, 5], 1, None)
    assert "N_MULTI" not in apart.labels()


def test_fifty_or_more_repetitions_are_many():
    assert "N_MANY" in sentence_facts("The estimate is repeated 1,000 times.").labels()
    assert "N_MANY" not in sentence_facts("Each experiment is repeated 10 times.").labels()


@pytest.mark.parametrize("header, row, values", [
    # header and row cells one to one: the value under each seed column
    ("optimizer lr batch seed", "adamw 0.0003 64 7", [7]),
    ("np.random.seed torch.manual_seed dropout", "2024 2024 0.1", [2024]),
    # a row labelled seed: its integers
    ("Setting Small Medium Large", "Random seed 11 11 19", [11, 19]),
    # multi-word cells: only a seed heading the last or first column is placed
    ("Learning rate Batch size Random seed", "0.001 32 5", [5]),
    ("Seed Learning rate Warm-up steps", "3 0.02 400", [3]),
    ("Learning rate Random seed Batch size", "0.001 5 32", []),
    # seed data counted in a column, and a seed row of decimals, are no seed values
    ("Corpus #seed Docs Labels", "news 40 9000 4", []),
    ("Lexicon Seeds Docs Labels", "news 40 9000 4", []),
    ("Metric Short Long", "Seed 0.41 0.38 0.52", []),
    # a caption is no header
    ("Table 3: Errors of each model per random seed", "Baseline 12 14 9", []),
])
def test_seed_values_of_a_settings_table_row(header, row, values):
    assert table_seed_values(header, row) == values


def test_pdf_table_rows_keep_their_seed_values_and_spread():
    page = ("We fit the forecaster once per region.\nTable 2: Settings.\nepochs batch dropout seed\n"
            "40 256 0.25 88\nRegion A 0.61 ± 0.02 0.58 ± 0.03\nThe rows above are not prose.")
    blocks, tables = pdf_blocks([page], "x.pdf")
    assert [(value, origin.page) for value, origin, _ in tables.seeds] == [(88, 1)]
    assert "88" not in " ".join(b.text for b in blocks) and len(tables.spread) == 1
