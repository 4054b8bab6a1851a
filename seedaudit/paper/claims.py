"""What a paper claims about its seeds and runs, for the verdict, the cross-check and the re-runner.

Sentence-level facts are read with compiled regular expressions (numbers in digits and words, seed
values, spread and test vocabulary); they are fed to the classifier as extra labels (`N_MULTI`,
`N_ONE`, `SEED_VALUE`) and collected per paper into `Claims`.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any

NUMBER_WORDS = {
    "one": 1, "single": 1, "a single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "fifty": 50, "hundred": 100, "a hundred": 100,
}
_NUM = r"(\d{1,3}(?:,\d{3})+|\d{1,4}|a single|single|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a hundred|hundred)"
# (an outcome or status of the runs counted is an adjective too: "the two remaining seeds", "three diverged runs")
_ADJ = (r"(?:(?:different|distinct|independent|random|separate|individual|training|fine-tuning|finetuning|repeated|unique|randomly|"
        r"initiali[sz]ed|chosen|sampled|selected|fixed|experimental|total|full|complete|remaining|other|additional|extra|"
        r"adjacent|consecutive|successive|sequential|successful|failed|failing|diverged|diverging|converged|passing|supporting|surviving)[\s-]+){0,3}")
_UNIT = r"(seeds?|runs?|trials?|repetitions?|restarts?|initiali[sz]ations?|replicates?|replications?|reruns?)"
_TRAP_FOLLOW = r"(?![\s-]+(?:words?|lexicons?|sets?|terms?|examples?|data|prompts?|images?|users?|instances?|samples?|documents?|tasks?|questions?|instructions?|entities|queries|keywords?|topics?|papers?|models?|techniques?|methods?|strateg(?:y|ies)|schemes?|approaches|variants?|types?|kinds?)\b)"
# "Batch size 32 Random seed 42" (table cells run together): a unit followed by its own number is a label; a decimal
# after a colon is a value per seed or run ("accuracy rises for four of five seeds: 0.2, 0.5, 0.1 and 0.7"), no label: the count stands.
# A table row flattened with its symbol column ("Batch size N 16 Random seed s 42"): a one-letter symbol between the
# label and its number (not 'a', 'I' or the 'x' of "3 seeds x 4 tasks") still makes the number the label's value.
_SYMBOL = r"(?-i:[b-wyzB-HJ-WYZ\u03b1-\u03c9])"
_LABEL_FOLLOW = rf"(?!\s*(?:{_SYMBOL}\s+)?[:=]?\s*\d+(?!\d|[.,]\d))"
_COUNT = re.compile(rf"\b{_NUM}[\s-]+{_ADJ}{_UNIT}\b{_TRAP_FOLLOW}{_LABEL_FOLLOW}", re.I)
# ("N times" right after "than" is a threshold of frequency, "the papers cited less than five times": no count of runs)
_TIMES = re.compile(
    rf"\b(?:repeat\w*|re-?run\w*|run|runs|ran|train\w*|fine-?tun\w*|evaluat\w*|conduct\w*|perform\w*|execut\w*|"
    rf"experiment\w*)\b(?:[^.;\d]{{0,50}}?)(?<!\bthan\s)\b{_NUM}\s+times\b(?!\s+(?:faster|slower|more|less|fewer|larger|smaller|"
    rf"higher|lower|as|longer|shorter|bigger|greater|the|apart|cheaper|costlier|quicker|better|worse)\b)", re.I)
# a word of an average or spread
_AVERAGED = r"(?:mean|means|average|averaged|averages|std|standard deviations?|variance|median)"
# an average or spread over a number of trained models ("the mean and standard deviation over these 100 trained models",
# "averaged across 8 independently trained networks"): the models are repeated training runs, counted as runs
_AGG_OVER_TRAINED = re.compile(
    rf"\b{_AVERAGED}\b[^.;]{{0,80}}?\b(?:over|across)\s+"
    rf"(?:(?:these|the|all|those)\s+)?{_NUM}\s+(?:(?:independently|separately)\s+)?trained\s+(?:models|networks|classifiers)\b",
    re.I)
# runs repeated over a number of random data splits ("results for training/test runs on five random splits", "runs over 4
# randomly drawn splits"): one run per split, counted as runs (a split named without "random" may be the fixed train, dev
# and test split)
_RUNS_ON_SPLITS = re.compile(
    rf"\b(?:runs?|results?|experiments?|repeated|repeat)\b[^.;]{{0,40}}?\b(?:on|over|across|with|for)\s+{_NUM}\s+"
    rf"(?:(?:different|distinct|independent)\s+)?(?:random|randomly\s+(?:drawn|sampled|chosen|generated))\s+"
    rf"(?:(?:train(?:ing)?/test|train(?:ing)?-test|data)\s+)?splits\b", re.I)
# experiments said to repeat one another and averaged ("we conduct three independent experiments and report the mean",
# "the average over five repeated experiments"): runs under another name; "two independent experiments" that test two
# hypotheses are two studies, and "two experiments" alone may be any two
_REPEATED_EXPERIMENTS = re.compile(
    rf"\b{_NUM}\s+(?:independent|repeated)\s+experiments\b(?=[^.;]{{0,80}}?\b{_AVERAGED}\b)"
    rf"|\b{_AVERAGED}\b[^.;]{{0,80}}?\b{_NUM}\s+(?:independent|repeated)\s+experiments\b", re.I)
_ONCE = re.compile(r"\b(?:run|runs|ran|train\w*|evaluat\w*|fine-?tun\w*|execut\w*|conduct\w*|perform\w*)\b[^.;]{0,40}?\bonce\b(?!\s+(?:again|more))", re.I)
# between two values of one list: ", ", "and", or the word seed again ("seed 1 and seed 2", "Seed = 1 Seed = 2")
_NEXT_SEED = r"(?:\s*(?:,\s*and|,|and|or|&)\s*(?:seeds?\s*[=:]?\s*)?|\s+seeds?\s*[=:]?\s*)"
# a number that a unit of another training setting follows ("a seed of 3407, and 200 warmup steps", "seed 7 and 3
# epochs") is that setting's value: the seed list ends before it
_OTHER_SETTING = (r"(?!\d|\s*(?:warm-?up\s+|training\s+|gradient\s+)?(?:steps?|epochs?|iterations?|layers?|heads?|tokens?|"
                  r"hours?|gpus?|updates?|batch(?:es)?|dimensions?|neurons?|units?|warm-?up)\b)")
# the passive between a seed and its value: "the seed is set to 42", "seeds were fixed at 1, 2 and 3", "seeds
# have been chosen from 1 to 5"
_PASSIVE = (r"(?:is|are|was|were|(?:has|have|had)\s+(?:always\s+|all\s+)?been|will\s+be|be)\s+"
            r"(?:always\s+|all\s+|also\s+|then\s+)?(?:set|fixed|chosen|selected|initiali[sz]ed|kept)\s+(?:to|at|as|from|=)\s*")
_SEED_LIST = re.compile(
    rf"\b(?:random[\s_]+)?seeds?\s*(?:values?\s*)?(?:{_PASSIVE}|of|to|=|:|is|are|was|were|as|at|equal to|set to|fixed to|"
    rf"fixed at|number|numbers|in|from|∈|\{{|\[|\()?\s*[\[{{(]?\s*(\d{{1,10}}(?:{_NEXT_SEED}\d{{1,10}}{_OTHER_SETTING})*)", re.I)
_SEED_RANGE = re.compile(rf"\bseeds?\s+(?:{_PASSIVE})?(?:from\s+)?(\d{{1,4}})\s*(?:-|–|to)\s*(\d{{1,4}})\b", re.I)
_SEED_ASSIGN = re.compile(r"\b(?:random_state|manual_seed|set_seed|seed_everything|seed)\s*[=(]\s*(\d{1,10})", re.I)
# "Random seed s 42" (a flattened settings-table row, _SYMBOL): the seed's value after its symbol
_SEED_SYMBOL_VALUE = re.compile(rf"\bseed\s+{_SYMBOL}\s+(\d{{1,10}})\b(?![.,]\d)", re.I)
_INT = re.compile(r"\d{1,10}")
SPREAD = re.compile(
    r"±|\+/-|\+-|\bstd\b|\bstdev\b|\bstd\.? ?dev|standard deviations?|standard errors?|\bs\.d\.|\bsem\b|"
    r"confidence intervals?|\b\d{2}\s?% ci\b|\bci\b|error bars?|interquartile|\biqr\b|min(?:imum)?\s*(?:and|/|-)\s*max(?:imum)?|"
    r"\bvariance\b", re.I)
SIGNIFICANCE = re.compile(
    r"\bt-?tests?\b|\bt test\b|welch|wilcoxon|mann[- ]whitney|mcnemar|permutation tests?|bootstrap(?:ped|ping)? (?:test|resampling|confidence)|"
    r"paired bootstrap|approximate randomi[sz]ation|significance tests?|statistical(?:ly)? significan\w*|"
    r"\bp\s*[<≤=]\s*0?\.\d+|\bp-values?\b|almost stochastic order|\baso\b|anova|sign test|bonferroni|holm", re.I)
REPRODUCIBILITY = re.compile(r"\b(?:reproducib\w*|replicab\w*|non-?determinis\w*|determinis\w*|repeatab\w*)", re.I)
# Seeds fixed "for Python, NumPy and PyTorch": naming the generators seeded one by one says how runs are made
# repeatable, the reproducibility purpose said through its means
_LIBRARY = r"(?:python|numpy|pytorch|torch|tensorflow|jax|cuda|cudnn|transformers|scikit-learn|sklearn)"
_SEEDS_EVERY_LIBRARY = re.compile(rf"\b{_LIBRARY}\b[^.;]{{0,40}}?\b{_LIBRARY}\b", re.I)
# One seed shared by every compared system ("all systems use the same random seed", "for a fair comparison"): the
# systems are paired within a run, a setting of the runs like a seed fixed for reproducibility
# ("all taggers", "every baseline": any compared thing but runs, experiments or seeds, which one shared seed leaves single)
_SYSTEMS = (r"(?:all|every|each)\s+(?:of\s+)?(?:the\s+|our\s+|these\s+)?"
            r"(?!(?:runs?|experiments?|trials?|seeds?|repetitions?|times?|of|the|our|these)\b)\w+\b")
_SAME_SEED = r"\b(?:same|identical|shared|common)\s+(?:random\s+|training\s+)?seeds?\b"
_SHARED_BY_ALL = re.compile(rf"{_SAME_SEED}[^.;]{{0,40}}?\b{_SYSTEMS}|\b{_SYSTEMS}[^.;]{{0,40}}?{_SAME_SEED}|\bfair comparison\b", re.I)
# The purposes a sentence can name, for a rule's `[review_when] sentence_says` (rules.PURPOSES lists the keys).
PURPOSES = {"reproducibility": re.compile(
    f"{REPRODUCIBILITY.pattern}|{_SEEDS_EVERY_LIBRARY.pattern}|{_SHARED_BY_ALL.pattern}", re.I)}


# 50 or more repetitions are resampling or simulation (bootstrap, permutation, Monte Carlo), not training runs,
# unless the sentence names seeds or training
MANY_RUNS = 50


def number_value(token: str) -> int:
    token = token.lower().strip().replace(",", "")
    return int(token) if token.isdigit() else NUMBER_WORDS[token]


def _plausible(value: int) -> bool:
    return 1 <= value <= 10_000


@dataclass
class SentenceFacts:
    counts: list[tuple[int, str]] = field(default_factory=list)  # (N, "seeds"|"runs")
    seed_values: list[int] = field(default_factory=list)
    listed: int = 0  # the most seed values one list or range names ("seeds 1, 2 and 3"): several seeds run
    sole_value: bool = False  # one seed named with its value, no list: "tuned with seed 42", not "seeds 1, 2 and 3"
    spread: bool = False
    significance: bool = False
    reproducibility: bool = False

    def labels(self) -> set[str]:
        out = set()
        if any(n >= 2 for n, _ in self.counts):
            out.add("N_MULTI")
        if any(n == 1 for n, _ in self.counts):
            out.add("N_ONE")
        if any(n >= MANY_RUNS for n, _ in self.counts):
            out.add("N_MANY")
        if self.seed_values:
            out.add("SEED_VALUE")
        if self.sole_value:
            out.add("SOLE_SEED_VALUE")
        if self.listed >= 2:
            out.add("N_MULTI")
        return out

    def without_seeds(self) -> SentenceFacts:
        """These facts less the seed counts and values: for a sentence whose seed words are all in a
        trap sense (seed data, seed words), where "40 seeds" counts data, not runs."""
        return replace(self, counts=[(n, unit) for n, unit in self.counts if unit != "seeds"], seed_values=[], listed=0)

    @property
    def n(self) -> int | None:
        """The largest number of seeds/runs named (several values in one list count as that many)."""
        numbers = [n for n, _ in self.counts] + ([self.listed] if self.listed >= 2 else [])
        return max(numbers) if numbers else None


# A number right after one of these words, or after "7." of a section number, labels something: no count.
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:tab|tabs|table|tables|fig|figs|figure|figures|sec|secs|section|sections|§|eq|eqs|equation|chapter|"
    r"appendix|app|alg|algorithm|line|lines|page|pages|step|stage|phase|round|row|column|col|no|version)\.?\s*|\d[.,]|"
    r"\b(?-i:[A-Z])\.)$",  # a lettered label: the 7 of "Appendix B.7 runs on one host", "Table D.3 runs"
    re.I)


# The end of a range of labels: the 7 of "lines 4 to 7 runs", "Tables 2-5 runs", "Sections 3 and 4 repetitions".
_RANGE_BEFORE = re.compile(
    r"\b(?:tab|tabs|table|tables|fig|figs|figure|figures|sec|secs|section|sections|eq|eqs|equation|equations|chapter|"
    r"chapters|appendix|appendices|alg|algorithm|algorithms|line|lines|page|pages|step|steps|row|rows|column|columns)"
    r"\.?\s*\d{1,4}(?:\.\d{1,3})?\s*(?:to|through|and|&|-|–)\s*$", re.I)


def _is_reference(text: str, match: re.Match) -> bool:
    """'Table 3 runs', 'Tab. 11 Random Seed', the 2 of a section number '7.2 Repetition ...', the 7 of a lettered
    one 'B.7 runs' and the last label of a range 'lines 4 to 7 runs'."""
    if not match.group(1)[:1].isdigit():
        return False
    return bool(_REFERENCE_BEFORE.search(text, max(match.start() - 12, 0), match.start())) or \
        bool(_RANGE_BEFORE.search(text, max(match.start() - 30, 0), match.start()))


def _seed_lists(text: str) -> list[list[int]]:
    """The seed values of a sentence, one list per range, list or assignment."""
    ranges = [list(range(int(m.group(1)), int(m.group(2)) + 1)) for m in _SEED_RANGE.finditer(text)
              if 0 <= int(m.group(2)) - int(m.group(1)) <= 50]
    if ranges:
        return ranges
    return ([[int(v) for v in _INT.findall(m.group(1))] for m in _SEED_LIST.finditer(text)]
            + [[int(m.group(1))] for m in _SEED_ASSIGN.finditer(text)]
            + [[int(m.group(1))] for m in _SEED_SYMBOL_VALUE.finditer(text)])


# the singular "seed" with one value and no list after it ("with seed 42,", "a random seed of 7"), not "seed 1, 2 and 3"
_SOLE_SEED = re.compile(r"\bseed\s*(?:=|:|of)?\s*\d+(?!\s*(?:,|and|to|-|–)\s*\d)(?![\d.])", re.I)


def _seed_values(text: str) -> tuple[list[int], int]:
    """The distinct seed values named, and the most that one list names. Values named one at a time
    ("training uses seed 1, sampling uses seed 2") are fixed seeds of different things, not several
    seeds of one experiment. A lone year in a sentence with a citation is no seed."""
    lists = _seed_lists(text)
    values = [v for one in lists for v in one]
    if len(values) == 1 and 1900 <= values[0] <= 2099 and "(" in text:
        return [], 0
    return list(dict.fromkeys(values)), max((len(set(one)) for one in lists), default=0)


# A table row of settings labelled by a seed ("Random seed 42 42 7"), and a header cell naming one ("seed",
# "Seed:", "torch.manual_seed", "manual_seed_all"); plural or counted cells ("Seeds", "#seed") count seed data.
_SEED_ROW_LABEL = re.compile(r"^(?:random[\s_-]+seeds?|seed)\s*[:=]?\s+(?=\d)", re.I)
# A capital-letter symbol with seed as its subscript ("W_seed", "Wseed" once the PDF text drops the subscript) names
# a set or a count of seed items (seed words, seed terms), not a random seed.
_SEED_CELL = re.compile(r"^(?!(?-i:[A-Z])(?:_\{?|\{)?seed\b)[^#]*seed(?:_all)?:?$", re.I)
_SEED_HEADER_FIRST = re.compile(r"^(?:random[\s_-]+)?seed\b(?!s)", re.I)
_SEED_HEADER_LAST = re.compile(r"\bseed:?$", re.I)
# a caption above the rows ("Table 3: accuracy per random seed") heads no column
_CAPTION = re.compile(r"^(?:tab(?:le)?|fig(?:ure)?)\.?\s*\d", re.I)


def table_seed_values(header: str, row: str) -> list[int]:
    """The seed values a settings table gives in a row of numbers (`row`) below its header line (`header`):
    the integers of a row labelled seed, or the integer under a seed column, where header and row cells
    pair one to one or the seed heads the first or last column (multi-word cells between them make the
    other columns ambiguous). PDF text drops these rows as tables, so they never reach a sentence."""
    if label := _SEED_ROW_LABEL.match(row):
        cells = row[label.end():].split()
        return list(dict.fromkeys(int(c) for c in cells)) if all(c.isdigit() for c in cells) else []
    names, cells = header.split(), row.split()
    if _CAPTION.match(header):
        return []
    if len(names) == len(cells):
        picked = [cell for name, cell in zip(names, cells) if _SEED_CELL.match(name)]
    else:
        picked = ([cells[0]] if _SEED_HEADER_FIRST.match(header) else []) + \
                 ([cells[-1]] if _SEED_HEADER_LAST.search(header) else [])
    return list(dict.fromkeys(int(c) for c in picked if c.isdigit() and len(c) <= 10))


def _footnote_marker(text: str, match: re.Match) -> bool:
    """The number a sentence opens with, glued to a capitalised word ("3 Seeds derive from ...", "2 Runs on the cluster
    ..."): the marker of a footnote before its first word, as a PDF's text gives it; a count is written "3 seeds"."""
    return not text[:match.start(1)].strip() and match.group(1).isdigit() and len(match.group(1)) <= 2 \
        and text[match.end(1):].lstrip()[:1].isupper()


def _attributive(value: int, unit: str, between: str) -> bool:
    """A unit word left singular after a number above one, apart from it ("the two trial annotations", "three seed
    sets"): it qualifies the noun after it, which is what is counted; two trials are written "two trials". Joined by a
    hyphen it is a count that qualifies ("a 5-run average", "3-seed ensembles")."""
    return value > 1 and not unit.endswith("s") and "-" not in between


def sentence_facts(text: str) -> SentenceFacts:
    facts = SentenceFacts()
    for m in _COUNT.finditer(text):
        if _is_reference(text, m) or _footnote_marker(text, m):
            continue
        value = number_value(m.group(1))
        unit = m.group(2).lower()
        if _plausible(value) and not _attributive(value, unit, text[m.end(1):m.start(2)]):
            facts.counts.append((value, "seeds" if unit.startswith("seed") else "runs"))
    for pattern in (_TIMES, _RUNS_ON_SPLITS, _AGG_OVER_TRAINED, _REPEATED_EXPERIMENTS):
        for m in pattern.finditer(text):
            value = number_value(next(group for group in m.groups() if group is not None))
            if _plausible(value):
                facts.counts.append((value, "runs"))
    if _ONCE.search(text):
        facts.counts.append((1, "runs"))
    facts.seed_values, facts.listed = _seed_values(text)
    facts.sole_value = bool(facts.seed_values) and bool(_SOLE_SEED.search(text))
    facts.spread = bool(SPREAD.search(text))
    facts.significance = bool(SIGNIFICANCE.search(text))
    facts.reproducibility = bool(REPRODUCIBILITY.search(text))
    return facts


@dataclass
class Evidence:
    """A claim's source: the sentence and where it is."""

    text: str
    path: str
    page: int | None = None
    line: int | None = None
    margin_line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class CountClaim:
    n: int
    unit: str  # seeds | runs
    category: str
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "unit": self.unit, "category": self.category, **self.evidence.to_dict()}


@dataclass
class Claims:
    """What the paper says about seeds and runs; each claim keeps the sentence and page it came from.

    `n_seeds` / `n_runs`: numbers of seeds or runs claimed (one entry per statement); `seed_values`: the
    seed integers named; `best_of_n`: best-of-N statements; `spread_reported`: ±/std/intervals in prose or
    tables; `significance_test`: named tests; `reproducibility_claim`: reproducible/deterministic wording.
    """

    n_seeds: list[CountClaim] = field(default_factory=list)
    n_runs: list[CountClaim] = field(default_factory=list)
    seed_values: list[tuple[int, Evidence]] = field(default_factory=list)
    best_of_n: list[CountClaim] = field(default_factory=list)
    spread_reported: bool = False
    spread_evidence: list[Evidence] = field(default_factory=list)
    significance_test: list[Evidence] = field(default_factory=list)
    reproducibility_claim: list[Evidence] = field(default_factory=list)

    @property
    def max_n(self) -> int | None:
        """The largest number of seeds or runs the paper claims for its results (None if none)."""
        numbers = [c.n for c in self.n_seeds + self.n_runs if c.category in ("aggregate", "tuned-one-seed", "sensitivity")]
        return max(numbers) if numbers else None

    @staticmethod
    def names_purpose(purpose: str, sentence: str) -> bool:
        """Does the sentence name the purpose (a key of PURPOSES)? The verdict asks, through the claims it
        is given, so that it needs no import of the paper engine."""
        return bool(PURPOSES[purpose].search(sentence))

    @property
    def values(self) -> list[int]:
        return list(dict.fromkeys(v for v, _ in self.seed_values))

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_seeds": [c.to_dict() for c in self.n_seeds],
            "n_runs": [c.to_dict() for c in self.n_runs],
            "max_n": self.max_n,
            "seed_values": [{"value": v, **e.to_dict()} for v, e in self.seed_values],
            "best_of_n": [c.to_dict() for c in self.best_of_n],
            "spread_reported": self.spread_reported,
            "spread_evidence": [e.to_dict() for e in self.spread_evidence[:5]],
            "significance_test": [e.to_dict() for e in self.significance_test[:5]],
            "reproducibility_claim": [e.to_dict() for e in self.reproducibility_claim[:5]],
        }
