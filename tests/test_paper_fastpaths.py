"""The paper engine's shortcuts must give what the slow path gives: each is checked against it on the
labelled corpus (the shortcuts exist for speed only, never to change a finding)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from seedaudit.paper.audit import _RNG_SEED, CUE, SIGNIFICANCE, TABLE_SPREAD, _cue_starts, _lowered, _search, _windows
from seedaudit.paper.classify import SEEDISH
from seedaudit.paper.clean import _DIGITS, _NUMERIC, is_table_line, join_hyphens
from seedaudit.paper.nlp import pipeline
from seedaudit.paper.pdf import _LONG_RUN, spacing_stats

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "papers"
TEXTS = [json.loads(line)["text"] for line in (CORPUS / "sentences.jsonl").read_text(encoding="utf-8").splitlines()]


def test_matcher_is_skipped_only_where_no_seed_pattern_matches():
    nlp = pipeline()
    skipped = 0
    for text in TEXTS:
        for sentence in nlp.sentences(text):
            if nlp.may_match(sentence, SEEDISH):
                continue
            skipped += 1
            assert not set(nlp.label(sentence).labels) & SEEDISH, sentence.text
    assert skipped >= 10  # the screen does skip sentences (this corpus is dense in seed patterns)


def test_lowered_patterns_find_what_the_case_insensitive_ones_find():
    for pattern in (CUE, SIGNIFICANCE, TABLE_SPREAD, _RNG_SEED):
        assert _lowered(pattern) is not None
        for text in TEXTS:
            slow, fast = pattern.search(text), _search(pattern, text, text.lower())
            assert (slow and slow.span()) == (fast and fast.span()), text
    assert _lowered(re.compile(r"[A-Z]\w+ seeds", re.I)) is None  # capitals: no lower-case variant
    assert _lowered(re.compile(r"seeds")) is None  # already case-sensitive


def test_windows_cover_every_cue_with_whole_rough_sentences():
    text = ("We follow Smith et al. (2020) closely. Each model is trained with five seeds. See Fig. 3 for the "
            "curves. Training took two days. The results vary across runs.")
    windows = _windows(text)
    assert [text[s:e].strip() for s, e in windows] == [
        "Each model is trained with five seeds.", "The results vary across runs."]
    # A cue whose sentence holds an abbreviation is not cut at "Fig.".
    text = "Results (see Fig. 3) are averaged over five seeds. Nothing else."
    assert [text[s:e].strip() for s, e in _windows(text)] == ["Results (see Fig. 3) are averaged over five seeds."]
    # Lower-casing that changes the length ("İ") falls back to the case-insensitive pattern.
    text = "İstanbul data. We use three seeds."
    assert [text[s:e].strip() for s, e in _windows(text)] == ["We use three seeds."]


def test_spacing_stats_count_long_runs_like_a_scan_of_the_whole_text():
    text = ("Weusedfiverandomseedsforeveryexperiment and report the mean. " * 30
            + "Short words only here, nothing glued. " * 40 + "x" * 30 + " 1234567890123456789012345678901")
    assert spacing_stats(text)["long_runs_per_10k"] == round(len(_LONG_RUN.findall(text)) * 10_000 / len(text), 2)


def test_table_line_screen_rejects_only_lines_with_fewer_than_three_numbers():
    """The screen reads 'three separate runs of digits'; rows whose numbers sit next to each other
    ('91 88 76') and numbers of several digits must pass it as the full count does."""
    assert is_table_line("BERT 91 88 76")
    assert is_table_line("Ours (5 seeds) 354 379 12.5")
    lines = ["BERT 91 88 76", "pages 354–379 of 31st volume", "a 1 b 2", "12 34", "x1y22z333", "no digits at all",
             "3 seeds: 13, 42 and 2024", "¹²³ superscripts ٣ ٤ ٥"]
    for line in lines:
        tokens = line.split()
        numeric = sum(1 for t in tokens if _NUMERIC.match(t) and any(c.isdigit() for c in t))
        slow = len(tokens) >= 4 and len(_DIGITS.findall(line)) >= 3 and numeric >= 3 and numeric >= 0.4 * len(tokens)
        assert is_table_line(line) == slow, line


def test_hyphen_joining_reads_the_whole_word_before_the_split():
    """The word before a split is read backwards: a compound's hyphen and a newline right before the
    split count as a left-to-right search ending at the split would count them."""
    assert join_hyphens("state-of\ufffethe-art") == "state-of-the-art"
    assert join_hyphens("multi-task\n\ufffebased") == "multi-task\n-based"
    assert join_hyphens("notori\ufffeously hard, one line") == "notoriously hard, one line"


def test_cues_are_looked_for_only_where_a_prefilter_word_starts():
    """CUE is tried only where one of the prefilter's words starts; the cues must be those a search
    of the whole text finds, with words inside words ('ran' in 'random_state', 'once' in 'concept'),
    overlapping words, adjacent cues, and text whose lower-casing changes its length."""
    texts = TEXTS + [
        "The random_state was fixed; we ran it once, with one model per run, and repeated the grid search.",
        "A concept: pruned transformers, truncated ranges, seedless sweeps and runs, initializations restarting.",
        "Runs:3 trials,ensembles;RAN ONCE", "Sometimeseeds glued by the extractor.",
        "İstanbul data, five runs and three seeds.", "no cue here at all",
    ]
    for text in texts:
        assert _cue_starts(text, text.lower()) == [m.start() for m in CUE.finditer(text)], text
