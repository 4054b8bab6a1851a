"""Sentence categories (BACKGROUND §3) from matcher labels and sentence facts, driven by rule data.

Each paper rule's `[data]` says when its category applies (`when`: any group of labels that are all
present; `unless`: any group that vetoes it; a label written "!LABEL" in a group must be absent, so a
veto can say "other randomness named and no training named") and its `priority` (lower wins when
several apply). A sentence gets at most one category. Questions (checklist items, also with an answer of up
to 80 characters after the question mark that names no run or seed), sentences in related-work sections and
sentences about someone else's work (they open with a citation, report what a cited work or prior studies found,
and never say we/our) get none, and so do sentences that instruct a model (the text of a prompt: "Please write ...",
"You are ..."). A sentence in a section about a closed model behind an API that names no training
reads as about that model's decoding (INFERENCE, OTHER_RNG).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..rules import Rule, all_rules

_OTHERS_SECTIONS = re.compile(r"\b(related work|background|previous work|prior work|literature review)\b", re.I)
_AUTHOR = r"[A-Z][\w'-]+(?: et al\.?| and [A-Z][\w'-]+)?"
_CITATION_OPENING = re.compile(rf"^(?:{_AUTHOR},? \(?(?:19|20)\d{{2}}\)?|\(CITATION\))")
# "Dodge et al. (2020) show ...", "(Smith, 2021) found ...", "X by Li et al. (2023), which trains ...", "as
# reported by Bethard (2022)", "prior studies trained once", "many NLP papers report", "earlier shared-task systems
# were trained", "a growing body of work indicates", "previous approaches report ...", "the original authors trained ...",
# "in the original paper, the authors report ...", "in (Lee et al., 2022), the authors implement another setting and
# average five seeds" ("as suggested by X" is not among them: advice the authors follow, as "following X" is, in a sentence
# about their own training: "the tagger is trained with a warm-up, as suggested by X, and a fixed seed of 5")
_OTHERS_FINDING = re.compile(
    rf"(?:{_AUTHOR},? \(?(?:19|20)\d{{2}}[a-z]?\)?|\((?:{_AUTHOR},? )?(?:19|20)\d{{2}}[a-z]?\))\s*"
    r"(?:show|find|found|report|observe|demonstrate|argue|note|suggest|reveal|highlight|claim|warn|point|, which|, who)\w*\b|"
    r"\b(?i:body|line) of (?i:work|research|literature|studies)\b|"
    rf"\b(?i:as (?:shown|reported|noted|observed|demonstrated|argued|found|discussed) (?:by|in)|according to) "
    rf"{_AUTHOR},? \(?(?:19|20)\d{{2}}|"
    r"^(?i:(?:\w+\s+){0,2}(?:prior|previous|earlier|existing|many|most|other|recent) (?:[\w-]+ ){0,2}(?:work|works|studies|"
    r"papers|authors|researchers|literature))\b|"
    r"^(?i:(?:\w+\s+){0,2}(?:prior|previous|earlier|existing) (?:[\w-]+ ){0,2}(?:approaches|methods|benchmarks|evaluations|"
    r"efforts|systems))\b|"
    r"^(?i:the original authors|the authors of)\b|"
    r"\b(?i:(?:the|its|their) (?:original )?authors (?:report|find|found|show|train|ran|run|use|fix|chose|choose|select|pick|implement|adopt|conduct|repeat|average))")
# a section about a closed model behind an API ("B.3 GPT-4o", "Settings of the API models", "Claude settings") that
# names no training: the seed listed there ("Seed: 42") is a decoding setting of that API (INFERENCE, OTHER_RNG)
_API_SECTION = re.compile(r"\b(?:gpt-?[345]\w*|gpt4o?|chatgpt|claude|gemini|openai|apis?)\b", re.I)
_TRAINING_SECTION = re.compile(r"train|tun(?:e|ing)\b|fine-?tun|finetun|optimi[sz]", re.I)
# trials counted in a section about hyperparameters ("A.2 Training and Hyperparameter Tuning", "Hyper-parameters") are
# the trials of the search when the sentence names no seed, run, repeat, average or reported result: "we ran 40 trials
# in total, 8 at a time" counts the settings a tuner tried (SEARCH_TRIALS, which SA204 reads as no repeats), while
# "all numbers are means over 5 trials" there still averages repeats
_HYPERPARAMETER_SECTION = re.compile(r"hyper-?\s?param", re.I)
_TRIALS = re.compile(r"\btrials\b", re.I)
_TRIALS_AS_REPEATS = re.compile(r"\b(?:seeds?|runs?|repeat\w*|rerun\w*|averag\w*|mean|median|std|deviations?|variance|report\w*|results?|scores?)\b", re.I)
# a checklist question with its short answer run on after the question mark ("... or only a single run? See Section 4",
# "... or just one run? we give the spread of every score in the appendix"): the question states nothing, and an answer
# of up to 80 characters that names no run, seed or repeat says nothing about them, however many words it has ("single
# run" as the answer does)
_ANSWER_AFTER_QUESTION = re.compile(r"\?\s*([^?]{0,80})$")
_ANSWER_ABOUT_RUNS = re.compile(r"\b(?:seeds?|runs?|trials?|once|repeat\w*|rerun\w*|averag\w*|mean|single|best)\b", re.I)
# other methods made one-shot in a relative clause after a contrast ("in contrast to recipes such as A (Lee et al., 2023)
# and B, which tune the student only once, our method ..."): no we/our/us between the contrast word and the "once"; the
# sentence gets OTHERS_ONE_SHOT, which SA202 reads as no single run of this paper (a regular expression, since a span of
# up to 200 characters with a citation inside is too wide for a token pattern)
_OTHERS_ONE_SHOT = re.compile(
    r"\b(?:unlike|in contrast (?:to|with)|as opposed to|compared (?:to|with)|whereas)\b"
    r"(?:(?!\b(?:we|our|us|ours)\b)[^;]){0,200}?,\s*(?:which|who)\b(?:(?!\b(?:we|our|us|ours)\b)[^.;,]){0,60}?\bonce\b", re.I)
# the text of a prompt quoted in the paper: a sentence that instructs a model ("Please write a story ... with a random
# seed: 1", "You are a helpful tutor ...", "Your task is to ...") is addressed to the model, not a statement of the
# authors about their runs ("Please refer to Appendix B" and its kin address the reader and stay)
_INSTRUCTION = re.compile(r"^(?:please,?\s+(?!(?:refer|see|note|find|consult|check|contact|cite|read)\b)[a-z]+\b|"
                          r"you\s+(?:are|will|must|should|need|have|may)\b|your\s+(?:task|job|goal|role|answer|response)\b)",
                          re.I)
_FIRST_PERSON = re.compile(r"\b(we|our|us|ours|this (?:paper|work|study))\b", re.I)
# labels that make a sentence about training seeds or runs (BEST_SEARCH: a score picked from a search is a pick among runs)
SEEDISH = frozenset({"SEED", "SINGLE_RUN", "N_MULTI", "N_ONE", "MULTI_SEEDS", "AGG_SEEDS", "BEST_OF", "SEED_VALUE", "NO_MULTI",
                      "FIXED_SEED", "NO_CONTROL", "RUN_TO_RUN", "BEST_SEARCH"})


@dataclass(frozen=True)
class Category:
    rule: Rule
    name: str
    priority: int
    when: tuple[frozenset[str], ...]
    unless: tuple[frozenset[str], ...]

    def applies(self, labels: set[str]) -> bool:
        return any(_holds(group, labels) for group in self.when) and not any(_holds(g, labels) for g in self.unless)


def _holds(group: frozenset[str], labels: set[str]) -> bool:
    """Every plain label of the group is present and every "!label" is absent."""
    return all((label[1:] not in labels) if label.startswith("!") else (label in labels) for label in group)


@functools.cache
def categories() -> tuple[Category, ...]:
    out = []
    for rule in all_rules().values():
        data = rule.data
        if rule.engine != "paper" or "category" not in data:
            continue
        out.append(Category(rule, data["category"], int(data.get("priority", 100)),
                            tuple(frozenset(g) for g in data.get("when", [])),
                            tuple(frozenset(g) for g in data.get("unless", []))))
    return tuple(sorted(out, key=lambda c: c.priority))


def category_names() -> tuple[str, ...]:
    """Every category a sentence can get (one per paper rule, from its `[data] category`), and "none"."""
    return (*(category.name for category in categories()), "none")


def is_seed_related(labels: set[str]) -> bool:
    """Does the sentence say anything about training seeds or runs (after trap senses were removed)?"""
    return bool(labels & SEEDISH)


def classify(text: str, labels: set[str], section: str = "") -> Category | None:
    """The one category of a sentence, or None (not about training seeds, or never flagged)."""
    stripped = text.rstrip()
    if stripped.endswith("?") or _OTHERS_SECTIONS.search(section or "") or _INSTRUCTION.match(stripped):
        return None
    answer = _ANSWER_AFTER_QUESTION.search(stripped)
    if answer and not _ANSWER_ABOUT_RUNS.search(answer.group(1)):
        return None
    if (_CITATION_OPENING.match(text) or _OTHERS_FINDING.search(text)) and not _FIRST_PERSON.search(text):
        return None
    if not is_seed_related(labels):
        return None
    if "once" in text.lower() and _OTHERS_ONE_SHOT.search(text):
        labels = labels | {"OTHERS_ONE_SHOT"}
    if section and "TRAINING" not in labels and _API_SECTION.search(section) and not _TRAINING_SECTION.search(section):
        labels = labels | {"INFERENCE", "OTHER_RNG"}
    if (section and _HYPERPARAMETER_SECTION.search(section) and _TRIALS.search(text)
            and not _TRIALS_AS_REPEATS.search(text)):
        labels = labels | {"SEARCH_TRIALS"}
    for category in categories():
        if category.applies(labels):
            return category
    return None
