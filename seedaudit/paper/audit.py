"""One paper in, one `PaperAudit` out: sentences classified, findings and notes made, claims collected."""
from __future__ import annotations

import bisect
import functools
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..diagnostics import input_error_finding
from ..errors import PaperInputError
from ..findings import Finding, Location, Severity, assign_fingerprints
from ..rules import Rule, get_rule, template_fields
from ..verdict import verdict_of
from .claims import MANY_RUNS, SIGNIFICANCE, REPRODUCIBILITY, Claims, CountClaim, Evidence, sentence_facts
from .classify import SEEDISH, classify, is_seed_related
from .design import RUNS_LANGUAGE_MODELS, runs_draw_a_compared_method
from .document import Block, Document

# Paragraphs worth a spaCy pass: anything that can be about seeds or runs (BACKGROUND §6).
CUE = re.compile(r"seed|\bruns?\b|\bre-?runs?\b|\bran\b|\bonce\b|\bsingle\b|\bone (?:model|network|time)\b|\btrials?\b|repeat|repetition|initiali[sz]ations?\b|restarts?\b|"
                 r"ensembl|\btimes\b|random_state|determinis|replicat|\bsweeps?\b|\bgrid search|\bparameter search|\brandom search|"
                 r"\bhyper-?parameter (?:configurations|settings|combinations)\b|\btrained (?:models|networks|classifiers)\b|"
                 r"\bindependent experiments\b", re.I)
# The same words without word boundaries, for lower-cased text: ten times faster, used to skip paragraphs
# and to find where CUE can start (every CUE branch starts with one of these words: _cue_starts needs it).
CUE_PREFILTER = re.compile(r"seed|run|rerun|re-run|ran|once|single|one model|one network|one time|trial|repeat|repetition|initiali|restart|"
                           r"ensembl|times|random_state|determinis|replicat|sweep|grid search|parameter search|random search|"
                           r"hyperparameter |hyper-parameter |trained models|trained networks|trained classifiers|"
                           r"independent experiments")


@functools.cache
def _lowered(pattern: re.Pattern) -> re.Pattern | None:
    """A case-insensitive pattern made case-sensitive, for lower-cased text (about twice as fast), or
    None when its text has capitals that lower-casing would break. Led by a look-ahead on the letters
    its branches can start with, when it names them all (CUE: another 2x), so the engine skips ahead."""
    if not pattern.flags & re.I or any(c.isupper() for c in re.sub(r"\\.", "", pattern.pattern)):
        return None
    # every fragment between bars (a superset of the branches' starts) must open on a plain letter
    fragments = [re.sub(r"^(?:\\b)+", "", fragment) for fragment in pattern.pattern.split("|")]
    plain = all(f[:1].isalpha() and f[1:2] not in ("?", "*", "{") for f in fragments)
    lead = f"(?=[{''.join(sorted({f[0] for f in fragments}))}])" if plain else ""
    return re.compile(f"{lead}(?:{pattern.pattern})", pattern.flags & ~re.I)


def _on_lower(pattern: re.Pattern, text: str, lower: str) -> tuple[re.Pattern, str]:
    """The pattern and string to match for `pattern` on `text`: its lower-case variant on `lower`
    (text.lower()) where that keeps every offset, else the pattern itself on the text."""
    fast = _lowered(pattern)
    return (fast, lower) if fast and len(lower) == len(text) else (pattern, text)


def _search(pattern: re.Pattern, text: str, lower: str) -> re.Match | None:
    fast, subject = _on_lower(pattern, text, lower)
    return fast.search(subject)


def _findall(pattern: re.Pattern, text: str, lower: str) -> list:
    """`pattern.findall(text)`, on the lower-cased text where that keeps every offset: a paper-wide scan with a
    case-blind pattern costs about four times as much as the same scan without case folding."""
    fast, subject = _on_lower(pattern, text, lower)
    return fast.findall(subject)
TABLE_SPREAD = re.compile(r"±|\+/-|\bstd\b|standard deviation|standard error|confidence interval|error bars?|\bs\.d\.", re.I)
MAX_SENTENCE_WORDS = 90
_SPREAD_KEYS = ("±", "+/-", "std", "standard", "confidence", "error bar", "s.d.")
_SIGNIFICANCE_KEYS = ("t-test", "t test", "sign test", "permutation", "signific", "welch", "wilcoxon", "whitney",
                      "mcnemar", "bootstrap", "randomi", "p <", "p<", "p =", "p-val", "p value", "stochastic", " aso",
                      "(aso", "anova", "bonferroni", "holm", "p ≤")
_REPRO_KEYS = ("reproduc", "replica", "determinis", "repeatab")


@dataclass
class SentenceRecord:
    text: str
    path: str
    category: str | None
    rule_id: str | None
    page: int | None = None
    line: int | None = None
    margin_line: int | None = None
    section: str = ""
    n: int | None = None
    seed_values: list[int] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    def location(self) -> Location:
        return Location(self.path, line=self.line, page=self.page, margin_line=self.margin_line)

    def evidence(self) -> Evidence:
        return Evidence(self.text, self.path, self.page, self.line, self.margin_line)

    def to_dict(self) -> dict[str, Any]:
        out = {"text": self.text, "category": self.category or "none", "rule_id": self.rule_id, "page": self.page,
               "line": self.line, "margin_line": self.margin_line, "section": self.section, "n": self.n,
               "seed_values": self.seed_values}
        return {k: v for k, v in out.items() if v not in (None, [], "")}


@dataclass
class PaperAudit:
    """The audit of one paper. `findings` include SA001 problems; `notes` are the safe uses."""

    path: str
    kind: str = ""
    pages: int = 0
    backend: str = ""
    findings: list[Finding] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)
    claims: Claims = field(default_factory=Claims)
    verdict: str = "no seed information"
    reasons: list[str] = field(default_factory=list)
    sentences: list[SentenceRecord] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "kind": self.kind, "pages": self.pages, "backend": self.backend,
            "verdict": self.verdict, "reasons": self.reasons, "claims": self.claims.to_dict(),
            "sentences": [s.to_dict() for s in self.sentences], "stats": self.stats,
            "seconds": round(self.seconds, 3),
        }


def input_error(problem: PaperInputError) -> Finding:
    return input_error_finding(problem.path, problem.message)


def _window(block: Block, start: int, end: int) -> str:
    """The sentence-ish stretch of a block around a match, for evidence."""
    stop = block.text.rfind(". ", 0, start)
    left = max(stop + 2 if stop >= 0 else 0, start - 200)
    right = block.text.find(". ", end)
    right = min(right + 1 if right >= 0 else len(block.text), end + 200)
    return block.text[left:right].strip()


def _block_evidence(block: Block, match: re.Match) -> Evidence:
    origin = block.origin_at(match.start())
    return Evidence(_window(block, match.start(), match.end()), block.path, origin.page, origin.line, origin.margin_line)


_BOUNDARY = re.compile(r"[.!?][\"')\]”’]*\s+(?=[A-Z0-9\"“(\[])")
_NOT_ENDS = re.compile(r"(?:\b(?:al|e\.g|i\.e|fig|figs|eq|eqs|tab|sec|cf|vs|approx|resp|no|ref|app|appx|alg)|\b[A-Z])\.$", re.I)


def _cue_starts(text: str, lower: str) -> list[int]:
    """Where CUE's matches start, as CUE.finditer finds them. Every CUE match starts where a
    CUE_PREFILTER word starts, so CUE is only tried there: most paragraphs hold a prefilter word inside
    another word ('ran' in 'random', 'once' in 'concept'), and searching those with CUE from end to end
    cost more than half of the paper's cue finding."""
    fast, subject = _on_lower(CUE, text, lower)
    if subject is not lower:  # lower-casing moved the offsets: the prefilter only says whether to look
        return [m.start() for m in fast.finditer(subject)] if CUE_PREFILTER.search(lower) else []
    starts: list[int] = []
    position = 0
    while (word := CUE_PREFILTER.search(lower, position)) is not None:
        if (cue := fast.match(lower, word.start())) is not None:
            starts.append(cue.start())
            position = cue.end()  # finditer goes on after a match: no overlapping cues
        else:
            position = word.start() + 1  # words can overlap ('times' and 'seed' in 'sometimeseeds')
    return starts


def _windows(text: str) -> list[tuple[int, int]]:
    """Rough sentences of a paragraph that hold a cue match (adjacent ones merged): spaCy and the
    matcher only ever see these, which keeps the NLP cost proportional to the cues, not the paper.
    Only the boundaries next to a cue are checked for abbreviations ("et al.", "Fig.")."""
    cues = _cue_starts(text, text.lower())
    if not cues:
        return []
    candidates = list(_BOUNDARY.finditer(text))
    ends = [m.end() for m in candidates]
    valid: dict[int, bool] = {}

    def real(index: int) -> bool:
        if index not in valid:
            start = candidates[index].start()
            valid[index] = not _NOT_ENDS.search(text, max(start - 6, 0), start + 1)
        return valid[index]

    spans: list[tuple[int, int]] = []
    for cue in cues:
        index = bisect.bisect_right(ends, cue)  # candidates[index:] end after the cue
        before = next((ends[i] for i in range(index - 1, -1, -1) if real(i)), 0)
        after = next((ends[i] for i in range(index, len(ends)) if real(i)), len(text))
        if spans and before <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(after, spans[-1][1]))
        else:
            spans.append((before, after))
    return spans


def _analyse(text: str, section: str, windows: list[tuple[int, int]] | None = None, seeds_are_data: bool = False,
             trials_are_data: bool = False):
    """(sentence, labels, facts, category) for every seed- or run-related sentence of a paragraph;
    sentence offsets are relative to `text`. The matcher runs only on sentences where a seed pattern
    can match or whose facts (counts, seed values) already make them about runs. `seeds_are_data`:
    every seed word is in its data sense (see `_seeds_are_data`); `trials_are_data`: every trial or
    repetition is one of recording the data (see `_trials_are_data`)."""
    from .nlp import pipeline

    nlp = pipeline()
    for start, end in _windows(text) if windows is None else windows:
        for sent in nlp.sentences(text[start:end]):
            if not CUE.search(sent.text) or sent.text.count(" ") > MAX_SENTENCE_WORDS:
                continue  # very long "sentences" are text glued to tables or figures
            facts = sentence_facts(sent.text)
            # one sense per neighbour: right after a sentence that lists its seeds as data ("four seeds: two images and
            # two blank canvases"), a sentence naming no random seed or seed value means those seeds ("all four seeds
            # give the same success rate")
            data_here = seeds_are_data or ("seed" in sent.text.lower() and not _RNG_SEED.search(sent.text) and
                                           bool(_listed_data_seeds().search(_previous_sentence(text, start + sent.start))))
            if is_seed_related(facts.labels()) or nlp.may_match(sent, SEEDISH):
                nlp.label(sent, data_here)
            if data_here or ("TRAP" in sent.labels and "SEED" not in sent.labels):
                facts = facts.without_seeds()  # "a set of 40 seeds we expand": counted seeds that are data
            labels = set(sent.labels) | facts.labels()
            if trials_are_data and _TRIAL_WORD.search(sent.text) and not _OTHER_RUN_WORD.search(sent.text):
                labels.add("RECORDED_TRIALS")  # "the mean across all trials" of a paper that records EEG trials
            if _MEASURED_THING.search(sent.text) and "SEED" not in labels and "TRAINING" not in labels and \
                    _SPEED_WORDS.search(_previous_sentence(text, start + sent.start)):
                labels.add("SPEED")  # "We benchmark the inference speed. All benchmarks are averaged over 25 repetitions."
            if is_seed_related(labels):
                sent.start += start
                yield sent, labels, facts, classify(sent.text, labels, section)


def classify_sentence(text: str, section: str = "") -> str:
    """The category of a standalone sentence ("none" if it gets none): used by the corpus tests."""
    for _, _, _, category in _analyse(text, section):
        if category is not None:
            return category.name
    return "none"


# "random seed", "seed = 3", "seed value", manual_seed: the RNG sense, named outright
_RNG_SEED = re.compile(r"random[\s_-]*seeds?|seeds?\s*(?:value|number)?\s*(?:=|:|of|to|is|was|were|are|as)\s*\d|"
                       r"manual_seed|set_seed|seed_everything|random_state", re.I)
_SEED_COUNT = re.compile(r"\b(?:\d+|two|three|four|five|ten|multiple|several|different)\s+(?:random\s+)?seeds\b", re.I)


@functools.cache
def _data_seed() -> re.Pattern:
    """'seed words', 'seed instructions', 'a pool of seeds': the data sense (the vocabulary's trap nouns)."""
    from .nlp import vocabulary

    nouns = "|".join(map(re.escape, vocabulary()["trap_nouns"]))
    return re.compile(rf"\bseed(?:ed)?[\s-]+(?:{nouns}|sets?)\b|\b(?:set|pool|list) of (?:\w+ )?seeds\b", re.I)


@functools.cache
def _listed_data_seeds() -> re.Pattern:
    """'seeds: three photographs and three noise images': seeds that a colon lists as data (the vocabulary's trap nouns,
    as the TRAP pattern of the same form reads them)."""
    from .nlp import vocabulary

    nouns = "|".join(map(re.escape, vocabulary()["trap_nouns"]))
    return re.compile(rf"\bseeds:\s*(?:[^.;:\s]+\s+){{0,5}}?(?:{nouns})\b", re.I)


def _seeds_are_data(doc: Document) -> bool:
    """One sense per discourse: a paper that says seed data (seed instructions, seed words, a pool of
    seeds) at least twice, never names a random seed or a seed value, and counts seeds ('two seeds')
    less than a third as often, means data by a bare 'seed' too ('the goals of two seeds')."""
    text = doc.body_text
    lower = text.lower()
    if "seed" not in lower or _search(_RNG_SEED, text, lower):
        return False
    data = len(_findall(_data_seed(), text, lower))
    return data >= 2 and data >= 3 * len(_findall(_SEED_COUNT, text, lower))


# trials or repetitions of recording the data, said outright: "EEG trials", "trials of our measurements", "each image
# repeats 4 times per subject" (the sentence label RECORDED_TRIALS says the same in more ways)
_RECORDED_TRIALS = re.compile(
    r"\b(?:eeg|meg|fmri|ecog|emg|ecg|neural|brain|stimulus|stimuli|measurement|recording)s?[\s-]+(?:trials?|repetitions?)\b|"
    r"\b(?:trials?|repetitions?) of (?:our |the |these |each )?(?:measur|record|stimul|acquisi)\w*|"
    r"\b(?:repeats?|repeated|repetitions?|shown|presented)\b[^.;]{0,40}?\b(?:per|to|for) (?:each |every )?"
    r"(?:subject|participant|listener|viewer|observer)s?\b", re.I)
_TRIALS_WITH_SEEDS = re.compile(r"\btrials?\b[^.;]{0,60}\bseeds?\b|\bseeds?\b[^.;]{0,60}\btrials?\b", re.I)
_TRIAL_WORD = re.compile(r"\b(?:trials?|repetitions?)\b", re.I)
# what names runs of an experiment beside trials: a seed, a run, a repeated experiment or training
_OTHER_RUN_WORD = re.compile(r"\bseeds?\b|\bruns?\b|\bexperiments?\b|\btrain(?:ing|ed)? runs?\b|\brestarts?\b", re.I)


# what a sentence measures when it names the measurement itself ("all benchmarks", "the timings"), and the words of a
# speed or memory measurement that the sentence before may name for it
_MEASURED_THING = re.compile(r"\b(?:benchmarks|timings?|measurements)\b", re.I)
_SPEED_WORDS = re.compile(r"\bspeeds?\b|\blatenc(?:y|ies)\b|\bthroughputs?\b|\bruntimes?\b|\bfps\b|\bwall[- ]?clock\b|"
                          r"\bmemory (?:footprint|usage|consumption|cost)s?\b|\b(?:inference|training|running) times?\b", re.I)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")


def _previous_sentence(text: str, start: int) -> str:
    """The sentence of `text` that ends right before `start` (roughly split: what it names is all that is asked)."""
    before = text[max(0, start - 600):start].rstrip()
    return _SENTENCE_END.split(before)[-1] if before else ""


def _trials_are_data(doc: Document) -> bool:
    """One sense per discourse for trials: a paper that names trials or repetitions of recording its data (a stimulus
    shown to subjects, EEG trials, trials of a measurement) at least twice means the same by a bare 'trials' ('the
    mean across all trials', 'the averaged trials'), unless it also calls its runs trials (a trial with a seed)."""
    text = doc.body_text
    lower = text.lower()
    if len(_findall(_RECORDED_TRIALS, text, lower)) < 2:
        return False
    return not _search(_TRIALS_WITH_SEEDS, text, lower)


# What a paper that trains a model states about that training: a setting of it, the authors saying they fine-tune
# ("we then fine-tune the policy"), or a supervised, preference or policy training stage named by its acronym (SFT,
# DPO, PPO); a paper stating none of them trains nothing. "We train" alone is left out: a paper of simulations or
# prompting trains a small helper too ("we train an XGBoost model to predict the error"), whose runs are not compared.
TRAINING_SETTING = re.compile(r"\blearning[ -]rates?\b|\bepochs?\b|\bweight[ -]decay\b|\bwarm-?up\b|\boptimi[sz]er\b"
                              r"|\bwe (?:also |further |then |first )?fine-?tuned?\b|\b(?:SFT|DPO|PPO)\b", re.I)


_NAMES_SEED = frozenset({"SEED", "SEED_VALUE"})
# what makes an inference sentence one about drawn seeds or several runs
_RUN_COUNTS = frozenset({"SEED", "SEED_VALUE", "N_MULTI", "REPEAT", "MULTI_SEEDS", "AGG_SEEDS"})


@functools.cache
def _inference_word() -> re.Pattern:
    from .nlp import vocabulary

    return re.compile(rf"\b(?:{'|'.join(map(re.escape, vocabulary()['inference_words']))})\b", re.I)


# 'once' (or 'one time', 'a single time'), then a word of what follows it
_ONCE_THEN = re.compile(r"\b(?:once|one time|a single time)\b[^.;]{0,80}?\b(?:after which|afterwards?|thereafter|then)\b", re.I)


def _made_once_then_used(record: SentenceRecord) -> bool:
    """A single step that is no inference, whose product then serves inference ('adapted once per user, after which it
    serves inference'), with no seed and no count of several runs: the sentence tells how the method is used, not what
    the paper's seeds or runs draw."""
    if "SINGLE_RUN" not in record.labels or _RUN_COUNTS & set(record.labels):
        return False
    once = _ONCE_THEN.search(record.text)
    return bool(once and not _inference_word().search(record.text, 0, once.end())
                and _inference_word().search(record.text, once.end()))


def _other_randomness(records: list[SentenceRecord], doc: Document) -> tuple[list[str], list[SentenceRecord]] | None:
    """The one decision which of a paper's seed and run sentences are about randomness other than training
    draws of what it compares: the readings that say why (for the paper's stats) and those sentences, or None.

    One sense per discourse, on evidence; no sentence may name training. "runs_are_inference": the seed and
    run sentences name inference (decoding, an API, a closed model, prompting), and it is what at least half
    of them name or the paper states no training setting (learning rate, epochs, optimizer...) anywhere: a
    closed model named once in a caption does not turn a trained paper's seeds into inference seeds.
    "runs_are_no_draws": a paper that runs language models, trains nothing and names no seed. A paper that
    trains nothing but compares a method of its own under sampled decoding (design.runs_draw_a_compared_method)
    keeps its single runs ("single_runs_are_draws"): one run of each system rests the comparison on one draw,
    where one run of a temperature-0 pipeline, or of a benchmark of frozen models, does not. Its repeated runs
    stay other randomness (decoding samples, data draws), as in any paper that trains nothing."""
    if not records or any("TRAINING" in r.labels for r in records):
        return None
    body = doc.body_text
    trains = bool(TRAINING_SETTING.search(body))
    # in a paper that states no training setting, a seed or run sentence that names language models or the text samples
    # they generate ("five LLMs, each tested under five seeds", "MAUVE over 5 seeds for each set of text samples") is
    # about sampling those models too, though it names no decoding (MODEL_SAMPLES): with nothing trained, such seeds draw
    # the models' outputs
    # a sentence that says a step is done once and its product then serves inference ("adapted once per user, after
    # which it serves inference") names inference as a use, not as the draws of the paper's seeds or runs: not counted
    inference = sum(("INFERENCE" in r.labels and not _made_once_then_used(r)) or
                    (not trains and "MODEL_SAMPLES" in r.labels) for r in records)
    if inference and (2 * inference >= len(records) or not trains):
        reading = "runs_are_inference"
    elif not trains and RUNS_LANGUAGE_MODELS.search(body) and not any(_NAMES_SEED & set(r.labels) for r in records
                                                                       if r.category):
        reading = "runs_are_no_draws"
    else:
        return None
    if not trains and runs_draw_a_compared_method(body):
        return [reading, "single_runs_are_draws"], [r for r in records if r.category != "single-run"]
    return [reading], records


# what makes a sentence about several seeds report runs: an average or spread, a count of runs, a repetition
_AGGREGATING = frozenset({"AGG_WORD", "AGG_SEEDS", "N_MULTI", "REPEAT"})


def _ensemble_members(records: list[SentenceRecord]) -> list[SentenceRecord]:
    """In a paper that combines models trained with different seeds (a seed-ensemble sentence), a sentence that
    only says models are trained with different seeds, with no average, spread, count of runs or repetition,
    describes the ensemble's members, not runs whose results are aggregated: those sentences, for no category."""
    if not any(r.category == "ensemble" for r in records):
        return []
    return [r for r in records if r.category == "aggregate" and not _AGGREGATING & set(r.labels)]


_RESTARTS = re.compile(r"\brestart(?:s|ed|ing)?\b", re.I)
_OTHER_RUN_WORDS = re.compile(r"\b(?:re-?runs?|runs?|ran|seeds?|trials?|repetitions?|repeats?|initiali[sz]ations?)\b",
                              re.I)
# a restart and a stop it resumes from in one sentence ("restarted from its last checkpoint and resumed", "resumed
# after a crash, with two restarts")
_STOP = r"\b(?:resum|interrupt|crash|preempt|outage)\w*"
_RESUMED_RESTART = re.compile(rf"\brestart\w*[^.]{{0,150}}{_STOP}|{_STOP}[^.]{{0,150}}\brestart\w*", re.I)


def _resumed_restarts(records: list[SentenceRecord], doc: Document) -> list[SentenceRecord]:
    """One sense per discourse: a paper that says it restarted its training to resume it after a stop means a
    resumption by every restart, so an aggregate sentence whose only run word is restarts ('the loss curve shows three
    restarts, one colour each') counts no runs: those sentences, for no category. A sentence naming
    seeds or other run words keeps its category."""
    if not any(_RESTARTS.search(r.text) for r in records) or not _RESUMED_RESTART.search(doc.body_text):
        return []
    return [r for r in records if r.category == "aggregate" and _RESTARTS.search(r.text) and "SEED" not in r.labels
            and not _OTHER_RUN_WORDS.search(r.text)]


def _fit_restarts(records: list[SentenceRecord]) -> list[SentenceRecord]:
    """One procedure per count: where a sentence keeps the best fit of N restarts (BEST_FIT, a step of a fit), a
    best-of sentence over the same N runs that names no seed and no test set ('the random start keeps the best
    model of 300 runs' beside 'the best fit of 300 runs is kept') describes that fit: those sentences, for no category.
    Only counts from 10 up are matched: a fit's restarts are many, and the common 3 or 5 of training runs would
    pair a best-of training result with an unrelated fit by chance."""
    fits = {r.n for r in records if "BEST_FIT" in r.labels and r.n and r.n >= 10}
    return [r for r in records if fits and r.category == "best-of-seeds" and r.n in fits
            and not {"SEED", "TEST"} & set(r.labels)]


def _tuned_before_seeds(records: list[SentenceRecord]) -> list[SentenceRecord]:
    """One procedure per paper: where a sentence averages its results over several seeds (an aggregate that names seeds
    and counts at least two), a fixed-seed sentence that names the hyperparameter search or selection (TUNE: 'we select
    the hyperparameters with seed 42') says which seed the tuning used, not that the reported results rest on one seed:
    those sentences, classified again with RESULTS_OVER_SEEDS (SA205 reads them as tuned on one seed). The two halves
    of SA205's statement are then two sentences ('We tune the hyperparameters with seed 7. Final results average five
    seeds.'), where SA205's own patterns need them in one."""
    if not any(r.category == "aggregate" and "SEED" in r.labels and (r.n or 0) >= 2 for r in records):
        return []
    tuned = [r for r in records if r.category == "fixed-seed" and "TUNE" in r.labels]
    for record in tuned:
        record.labels = sorted(set(record.labels) | {"RESULTS_OVER_SEEDS"})
        category = classify(record.text, set(record.labels), record.section)
        record.category, record.rule_id = (category.name, category.rule.id) if category else (None, None)
    return tuned


def _read_as_inference(records: list[SentenceRecord]) -> None:
    """Every sentence classified again as one about other randomness (OTHER_RNG), in place."""
    for record in records:
        record.labels = sorted(set(record.labels) | {"OTHER_RNG"})
        category = classify(record.text, set(record.labels), record.section)
        record.category, record.rule_id = (category.name, category.rule.id) if category else (None, None)


def _sentences(doc: Document, deadline: float) -> list[SentenceRecord]:
    records: list[SentenceRecord] = []
    seeds_are_data = _seeds_are_data(doc)
    if seeds_are_data:
        doc.stats["seeds_are_data"] = True
    trials_are_data = _trials_are_data(doc)
    if trials_are_data:
        doc.stats["trials_are_data"] = True
    blocks = [(b, windows) for b in doc.body() if (windows := _windows(b.text))]
    for number, (block, windows) in enumerate(blocks):
        if time.monotonic() > deadline:
            doc.problems.append(PaperInputError(doc.path, f"time limit reached: {len(blocks) - number} candidate "
                                                          f"paragraphs were not analysed"))
            break
        for sent, labels, facts, category in _analyse(block.text, block.section, windows, seeds_are_data,
                                                      trials_are_data):
            origin = block.origin_at(sent.start)
            records.append(SentenceRecord(
                " ".join(sent.text.split()), block.path, category.name if category else None,
                category.rule.id if category else None, origin.page, origin.line, origin.margin_line, block.section,
                facts.n, facts.seed_values, sorted(labels)))
    return records


def _seed_counts_of_other_randomness(record: SentenceRecord, facts, claims: Claims) -> None:
    """A sentence that counts the seeds of its own runs ('the mean over five random seeds') but gets no category
    only because that randomness is not training (sampled decoding, an API) still says how many seeds the paper
    ran, and the code must run them: the count is filed under the category the sentence has without that veto.
    Run counts stay out (repeated trials of other randomness vary data or perturbations), and so do 50 or more
    seeds (resampling)."""
    if "OTHER_RNG" not in record.labels or "TRAINING" in record.labels:
        return
    category = classify(record.text, set(record.labels) - {"OTHER_RNG"}, record.section)
    if category is not None:
        claims.n_seeds.extend(CountClaim(n, unit, category.name, record.evidence()) for n, unit in facts.counts
                              if unit == "seeds" and n < MANY_RUNS)


def _claims(doc: Document, records: list[SentenceRecord]) -> Claims:
    claims = Claims()
    for record in records:
        facts = sentence_facts(record.text)
        if record.category is None:
            _seed_counts_of_other_randomness(record, facts, claims)
            continue
        for n, unit in facts.counts:
            claim = CountClaim(n, unit, record.category, record.evidence())
            (claims.n_seeds if unit == "seeds" else claims.n_runs).append(claim)
            if record.category == "best-of-seeds":
                claims.best_of_n.append(claim)
        if facts.listed >= 2 and not facts.counts:
            claims.n_seeds.append(CountClaim(facts.listed, "seeds", record.category, record.evidence()))
        claims.seed_values.extend((v, record.evidence()) for v in facts.seed_values)
        if record.category == "best-of-seeds" and not facts.counts:
            claims.best_of_n.append(CountClaim(0, "runs", record.category, record.evidence()))
        if facts.spread:
            claims.spread_evidence.append(record.evidence())
    for block in doc.body():
        lower = block.text.lower()  # substring tests first: far cheaper than the regexes on most paragraphs
        for keys, pattern, out in ((_SPREAD_KEYS, TABLE_SPREAD, claims.spread_evidence),
                                   (_SIGNIFICANCE_KEYS, SIGNIFICANCE, claims.significance_test),
                                   (_REPRO_KEYS, REPRODUCIBILITY, claims.reproducibility_claim)):
            if any(key in lower for key in keys) and (match := _search(pattern, block.text, lower)):
                out.append(_block_evidence(block, match))
    claims.seed_values.extend((value, Evidence(f"settings table: {row}", doc.path, origin.page, origin.line,
                                                origin.margin_line)) for value, origin, row in doc.table_seeds)
    for origin in doc.table_spread[:3]:
        claims.spread_evidence.append(Evidence("± in a result table", doc.path, origin.page, origin.line, origin.margin_line))
    claims.spread_reported = bool(claims.spread_evidence)
    return claims


def _thin(rule: Rule, record: SentenceRecord, claims: Claims) -> list[str]:
    """What makes the sentence too thin to compare systems on, by its rule's `[warn_when]` ([] if nothing)."""
    when, problems = rule.warn_when, []
    if when is None:
        return problems
    if when.runs_below is not None and record.n is not None and record.n < when.runs_below:
        problems.append(f"only {record.n} runs (fewer than {when.runs_below})")
    if when.no_spread and not claims.spread_reported:
        problems.append("no spread (±, std, interval) reported anywhere")
    return problems


def _detail(rule: Rule, record: SentenceRecord, claims: Claims) -> str:
    """The rule's `detail` parts whose fields the sentence gives, joined; the first part is the detail's
    subject ("N = {n}"): without it there is no detail."""
    fields = {"n": record.n or None, "seeds": ", ".join(map(str, record.seed_values[:5])) or None,
              "untested": None if claims.significance_test else "no significance test named"}
    shown = []
    for index, part in enumerate(rule.detail):
        if any(fields[name] is None for name in template_fields(part)):
            if index == 0:
                return ""
            continue
        shown.append(part.format(**fields))
    return ", ".join(shown)


def _finding(record: SentenceRecord, claims: Claims) -> Finding:
    """The rule's message, and what the sentence adds: what makes it thin (then a warning), else its detail."""
    rule = get_rule(record.rule_id)
    severity, message = rule.severity, rule.message
    if thin := _thin(rule, record, claims):
        severity, message = Severity.WARNING, f"{message}: {'; '.join(thin)}"
    elif detail := _detail(rule, record, claims):
        message += f" ({detail})"
    if record.margin_line is not None:
        message += f" [line {record.margin_line}]"
    return rule.finding(message, record.location(), severity=severity, evidence=record.text,
                        extra={"category": record.category})


def audit_document(doc: Document, *, time_limit: float = 60.0) -> PaperAudit:
    started = time.monotonic()
    records = _sentences(doc, started + time_limit)
    # what the paper says it ran (seed counts, values) is read before the inference sense: three seeded
    # generation runs are three seeds the code must vary, whether the randomness is training or inference
    claims = _claims(doc, records)
    if other := _other_randomness(records, doc):
        readings, others = other
        doc.stats.update(dict.fromkeys(readings, True))
        _read_as_inference(others)
    for record in _ensemble_members(records) + _resumed_restarts(records, doc) + _fit_restarts(records):
        record.category = record.rule_id = None
    _tuned_before_seeds(records)
    findings, notes = [], []
    for record in records:
        if record.rule_id is None:
            continue
        finding = _finding(record, claims)
        (notes if get_rule(record.rule_id).verdict == "safe" else findings).append(finding)
    verdict = verdict_of(findings, notes, claims)
    findings = [input_error(p) for p in doc.problems] + findings
    audit = PaperAudit(doc.path, doc.kind, doc.pages, doc.backend, assign_fingerprints(findings),
                       assign_fingerprints(notes), claims, verdict.name, verdict.reasons, records, dict(doc.stats))
    audit.seconds = time.monotonic() - started
    return audit


def audit_paper(path: str | Path, *, pdf_backend: str = "auto", max_pages: int = 300, time_limit: float = 60.0,
                display: str | None = None) -> PaperAudit:
    """Audit one paper (PDF, .tex or source folder, archive, .txt/.md). Never raises on bad input: an
    unreadable paper comes back with verdict 'unreadable' and its SA001 finding."""
    from .sources import open_document

    started = time.monotonic()
    path = Path(path)
    shown = display or str(path)
    try:
        with open_document(path, pdf_backend=pdf_backend, max_pages=max_pages, time_limit=time_limit,
                           display=shown) as doc:
            audit = audit_document(doc, time_limit=max(time_limit - (time.monotonic() - started), 1.0))
    except PaperInputError as exc:
        audit = PaperAudit(exc.path, findings=[input_error(exc)], verdict="unreadable", reasons=[exc.message])
    except RecursionError:
        problem = PaperInputError(shown, "input too deeply nested to read")
        audit = PaperAudit(shown, findings=[input_error(problem)], verdict="unreadable", reasons=[problem.message])
    audit.seconds = time.monotonic() - started
    return audit
