"""Sentence facts: counts of seeds and runs in digits and words, and numbers that count nothing."""
from __future__ import annotations

import pytest

from seedaudit.paper.claims import sentence_facts


@pytest.mark.parametrize("text, counts", [
    ("We report the mean over five random seeds.", [(5, "seeds")]),
    ("Each configuration is run 3 times with different initialisations.", [(3, "runs")]),
    ("Results over 10 independent runs are shown in Figure 2.", [(10, "runs")]),
    ("Figure 3: accuracy over five runs.", [(5, "runs")]),
    # A number that labels a table, figure, section or step is no count.
    ("The setting of API calling is illustrated in Tab. 11 Random Seed torch.manual_seed", []),
    ("See Table 3 runs of the baseline for details.", []),
    ("In Section 4 seeds of the lexicon are discussed.", []),
    ("Step 2 runs the evaluation script.", []),
    ("7.2 Repetition in Neural Text Generation.", []),  # a section number
    # Table cells run together: the 32 is the batch size, 42 the seed.
    ("Learning rate 2e-5 Batch size 32 Random seed 42 Epochs 3", []),
])
def test_counts(text, counts):
    assert sentence_facts(text).counts == counts


def test_seed_values_are_read_from_lists_and_assignments():
    assert sentence_facts("We use seeds 0, 1 and 42.").seed_values == [0, 1, 42]
    assert sentence_facts("Training uses torch.manual_seed(1234).").seed_values == [1234]
    assert sentence_facts("Learning rate 2e-5 Batch size 32 Random seed 42 Epochs 3").seed_values == [42]


def test_only_values_in_one_list_count_as_several_seeds():
    listed = sentence_facts("We train with seed 1 and seed 2.")
    assert (listed.seed_values, listed.listed, listed.n) == ([1, 2], 2, 2)
    apart = sentence_facts("The encoder is trained with seed 11, while the index is built with seed 5.")
    assert (apart.seed_values, apart.listed, apart.n) == ([11, 5], 1, None)
    assert "N_MULTI" not in apart.labels()


def test_fifty_or_more_repetitions_are_many():
    assert "N_MANY" in sentence_facts("The estimate is repeated 1,000 times.").labels()
    assert "N_MANY" not in sentence_facts("Each experiment is repeated 10 times.").labels()
