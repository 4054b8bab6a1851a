"""spaCy layer: a blank English pipeline with a citation-aware sentence splitter and the rule matchers.

Built once per process and only when a cheap regex cue has found something worth a spaCy pass:
`import spacy` costs about 1.5 s, and thinc would import torch (+1.3 s) if it could, so torch (and
the other ML back ends thinc probes) are hidden while spaCy is imported when they are not loaded yet.
Patterns come from the paper rules' TOML `[data.patterns]` plus `rules/patterns/paper-vocabulary.json`
(labels shared by several rules). Blank English has no lemmas or POS tags: patterns use LOWER, ORTH,
REGEX, IN and LIKE_NUM with explicit inflections.
"""
from __future__ import annotations

import functools
import json
import re
import sys
import types
from dataclasses import dataclass, field
from typing import Iterator

from ..rules import all_rules, rules_dir

_HIDDEN_BACKENDS = ("torch", "tensorflow", "mxnet", "cupy", "jax")
# Tokens before a period that do not end a sentence (spaCy splits "al." and "Fig." into two tokens).
ABBREVIATIONS = frozenset(
    "al fig figs eq eqs tab tabs sec secs cf vs approx resp no nos ref refs ch vol pp dr mr ms prof st jr inc ltd co "
    "appx app alg thm def lem prop cor e.g i.e viz ca esp incl min max avg std sect fn".split()
)
_SENT_END = frozenset({".", "!", "?"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]"})


@dataclass
class Analysed:
    """One sentence: its text, character span in the block, its spaCy span, and the labels its matches
    produced (filled in by `Pipeline.label`, only for the sentences worth it)."""

    text: str
    start: int
    end: int
    span: object = None
    labels: dict[str, list[str]] = field(default_factory=dict)  # label -> matched spans

    @functools.cached_property
    def words(self) -> tuple[set[str], set[str]]:
        """The sentence's words, lower-cased and as written: computed once, read by `may_match` and `label`."""
        return {token.lower_ for token in self.span}, {token.text for token in self.span}


def _real_info(*args, **kwargs):
    """`spacy.info`, imported when called (spaCy's command line is kept out of the import, see below)."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _import_spacy():
    """spaCy with the ML back ends hidden, and without its command line: `spacy/__init__` imports
    `spacy.cli` only for `spacy.info`, and that pulls in typer, weasel, rich, requests, httpx and jinja2
    (0.14 s CPU of the 0.47 s import). A stand-in answers that one import and is removed right after,
    so a later `import spacy.cli` gets the real one; `spacy.info` imports it when called."""
    hidden = [name for name in _HIDDEN_BACKENDS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import torch` fail fast inside thinc
    stand_in = "spacy" not in sys.modules and "spacy.cli" not in sys.modules
    if stand_in:
        cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
        cli.__path__, info.info, cli.info = [], _real_info, info
        sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        import spacy
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
        if stand_in:
            for name in ("spacy.cli.info", "spacy.cli"):
                sys.modules.pop(name, None)
            if "spacy" in sys.modules and isinstance(getattr(sys.modules["spacy"], "cli", None), types.ModuleType) \
                    and sys.modules["spacy"].cli.__name__ == "spacy.cli" and not hasattr(sys.modules["spacy"].cli, "setup_cli"):
                del sys.modules["spacy"].cli
    return spacy


def _starts_sentence(token) -> bool:
    text = token.text
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“([" or text.startswith("\n")


def _variable_end(text: str) -> bool:
    """A lower-case letter and its period as one token ("w.", "𝑠."): a variable ending its sentence ("for each
    width w. Here"), where spaCy's one-token "J." is an initial. Only a capital word after it starts a sentence
    ("see p. 5" goes on)."""
    return len(text) == 2 and text[1] == "." and text[0].islower()


def split_sentences(doc):
    """Sentence starts: after . ! ? (outside parentheses, not after an abbreviation or an initial) before
    an upper-case word or a digit, and always after a blank line (headings glued to their paragraph).
    Only the starts are set (unset tokens count as sentence-internal), which keeps this loop cheap."""
    depth = 0
    texts = [token.text for token in doc]
    if len(texts) > 1:
        doc[1].is_sent_start = False  # marks the boundaries as set, even for a one-sentence doc
    for index in range(1, len(texts)):
        prev = texts[index - 1]
        if prev in ("(", "["):
            depth += 1
        elif prev[:1] in (")", "]"):  # "):" and ")," close a parenthesis too
            depth = max(depth - 1, 0)
        if "\n\n" in prev or "\n\n" in doc[index - 1].whitespace_:
            if doc[index].is_space:
                continue
            doc[index].is_sent_start, depth = True, 0
            continue
        if depth or prev not in _SENT_END and prev not in _CLOSERS and not _variable_end(prev):
            continue
        back = index - 1
        while back > 0 and texts[back] in _CLOSERS:
            back -= 1
        variable = _variable_end(texts[back])
        if texts[back] not in _SENT_END and not variable or not (doc[index - 1].whitespace_ or doc[index - 1].is_space):
            continue
        token = doc[index]
        if token.is_space:
            continue
        before = texts[back - 1].rstrip(".") if back > 0 else ""
        # an initial is a capital ("J ." as spaCy splits some letters); a lower-case letter is a variable
        if texts[back] == "." and back > 0 and not doc[back - 1].whitespace_ and (
                before.lower() in ABBREVIATIONS or (len(before) == 1 and before.isupper())):
            continue
        if _starts_sentence(token) and (not variable or token.text[:1].isupper()):
            token.is_sent_start = True
    return doc


def _expand(pattern, vocabulary):
    """Replace "$name" lists in a pattern with the vocabulary's list of that name."""
    if isinstance(pattern, list):
        return [_expand(p, vocabulary) for p in pattern]
    if isinstance(pattern, dict):
        return {k: _expand(v, vocabulary) for k, v in pattern.items()}
    if isinstance(pattern, str) and pattern.startswith("$"):
        return vocabulary[pattern[1:]]
    return pattern


@functools.cache
def vocabulary() -> dict:
    return json.loads((rules_dir() / "patterns" / "paper-vocabulary.json").read_text(encoding="utf-8"))


def label_patterns() -> dict[str, list]:
    """Every label's token patterns: the shared vocabulary plus each paper rule's `[data.patterns]`."""
    vocab = vocabulary()
    out: dict[str, list] = {}
    for label, patterns in vocab["patterns"].items():
        out.setdefault(label, []).extend(_expand(patterns, vocab))
    for rule in all_rules().values():
        if rule.engine == "paper":
            for label, patterns in rule.data.get("patterns", {}).items():
                out.setdefault(label, []).extend(_expand(patterns, vocab))
    return out


def _min_count(op: str | None) -> int:
    """How many tokens a pattern element must consume at least ("?", "*", "{0,3}" and "!" count 0)."""
    if op is None or op == "+":
        return 1
    if op.startswith("{"):
        low = op[1:-1].split(",")[0]
        return int(low) if low else 0
    return 0


def _required(pattern: list[dict]) -> tuple[tuple[frozenset[str], ...], tuple[tuple[re.Pattern, bool], ...]]:
    """What a sentence's words must hold for `pattern` to match there: for each token the pattern must
    consume, the words one of which it names (IN, a plain LOWER or ORTH, compared lower-cased), or the
    regex one word must pass (with whether the lower-cased words are searched). Tokens a word set cannot
    check (LIKE_NUM, NOT_IN, a wildcard) and optional ones ("?", "*", "!") require nothing."""
    sets, regexes = [], []
    for spec in pattern:
        if not _min_count(spec.get("OP")):
            continue
        for key in ("LOWER", "ORTH"):
            value = spec.get(key)
            if isinstance(value, str):
                value = {"IN": [value]}
            if not isinstance(value, dict):
                continue
            if "IN" in value:
                sets.append(frozenset(w.lower() for w in value["IN"]))
                break
            if "REGEX" in value:
                regexes.append((re.compile(value["REGEX"]), key == "LOWER"))
                break
    return tuple(sets), tuple(regexes)


class Pipeline:
    def __init__(self):
        spacy = _import_spacy()
        from spacy.language import Language
        from spacy.matcher import Matcher

        if "seedaudit_sentences" not in Language.factories:
            Language.component("seedaudit_sentences", func=split_sentences)
        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("seedaudit_sentences")
        # One matcher per label: a sentence goes only through the matchers of the labels one of whose
        # patterns can match in it (`_possible`), about 6 of 46 on a sentence with a cue word (the
        # matcher's cost grows with the patterns it tries at every token). Labels do not interact in
        # a matcher, so the labels found are the ones a single matcher of every pattern finds.
        self.matchers: dict[str, Matcher] = {}
        self.required: dict[str, list[tuple]] = {}  # label -> per pattern, what its tokens require (_required)
        for label, patterns in label_patterns().items():
            self.matchers[label] = Matcher(self.nlp.vocab)
            self.matchers[label].add(label, patterns)
            self.required[label] = [_required(pattern) for pattern in patterns]

    def _possible(self, labels, lower: set[str], orth: set[str]) -> Iterator[str]:
        """The labels among `labels` with a pattern that can match: each of its required tokens has a word
        of the sentence that passes its test (a necessary condition, checked on word sets). The word-list
        tests go first, and all run in C (map over a set method or a regex search): about 50 patterns are
        tried for every sentence with a cue word."""
        disjoint = lower.isdisjoint
        for label in labels:
            if label in self.required and any(
                    not any(map(disjoint, sets)) and all(any(map(regex.search, lower if on_lower else orth))
                                                         for regex, on_lower in regexes)
                    for sets, regexes in self.required[label]):
                yield label

    def may_match(self, sentence: Analysed, labels: frozenset[str]) -> bool:
        """Can any pattern of `labels` match in this sentence? Far cheaper than running the matcher
        (most sentences with a cue word hold no such pattern)."""
        return any(self._possible(labels, *sentence.words))

    def sentences(self, text: str) -> list[Analysed]:
        """The sentences of `text`, not labelled yet."""
        return [Analysed(sent.text.strip(), sent.start_char, sent.end_char, sent)
                for sent in self.nlp(text).sents if sent.text.strip()]

    def label(self, sentence: Analysed, seeds_are_data: bool = False) -> Analysed:
        """Run the matcher over one sentence; a match that leans on a trap sense of a seed word ("seed
        words", "seeded players"), or on any seed word when `seeds_are_data`, gives no label, nor does one
        that leans on a run word that RUN_AS_VERB marks as the verb of speed ("also runs faster"). TRAP and
        RUN_AS_VERB themselves are kept: with no SEED label left, every seed word of the sentence is in a trap
        sense."""
        span = sentence.span
        strings = self.nlp.vocab.strings
        matches = [(strings[m], s, e) for label in self._possible(self.matchers, *sentence.words)
                   for m, s, e in self.matchers[label](span)]
        traps = {i for label, s, e in matches if label == "TRAP" or seeds_are_data for i in range(s, e)
                 if span[i].lower_.startswith("seed")}
        traps |= {i for label, s, e in matches if label == "RUN_AS_VERB" for i in range(s, e)
                  if span[i].lower_ in _RUN_WORDS}
        sentence.labels = {}
        for label, s, e in matches:
            if label in ("TRAP", "RUN_AS_VERB") or not any(i in traps for i in range(s, e)):
                sentence.labels.setdefault(label, []).append(span[s:e].text)
        return sentence


# the run words that a RUN_AS_VERB span marks as a verb
_RUN_WORDS = frozenset({"run", "runs", "ran", "running"})


@functools.cache
def pipeline() -> Pipeline:
    return Pipeline()


def share_with_forked_workers(context) -> None:
    """Build the pipeline (1.7 s) in the parent before a pool forks, so every worker inherits it instead
    of building its own; with other start methods each worker builds it when first needed."""
    if context.get_start_method() == "fork":
        pipeline()


def sentences(text: str) -> list[str]:
    """The sentence splitter on its own (for tests and tools)."""
    return [a.text for a in pipeline().sentences(text)]


WORD = re.compile(r"\w+")
