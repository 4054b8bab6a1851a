"""The paper engine's shortcuts must give what the slow path gives: each is checked against it on the
labelled corpus (the shortcuts exist for speed only, never to change a finding)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from seedaudit.paper.audit import CUE, SIGNIFICANCE, TABLE_SPREAD, _lowered, _search, _windows
from seedaudit.paper.classify import SEEDISH
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
    for pattern in (CUE, SIGNIFICANCE, TABLE_SPREAD):
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
