"""Paper claims against code facts (SA3xx): does the code run the seeds the paper says it ran?

Reads only the two engines' results: the paper's Claims (seedaudit.paper.claims) and the code's seed
facts, read per way of running a program (seedaudit.code.runs), because one claim ("five seeds on six
tasks") can be kept by one task's launcher and broken by another's. One function per comparison:

- SA301/SA305, seeds claimed against seeds run: a launcher file (shell, job, Makefile) that runs fewer
  seeds than claimed is reported on its own line, once per launcher file (SA301 for one seed, SA305 for
  a sweep that is too short); otherwise the project gets at most one finding: SA305 at its largest
  sweep when every sweep is shorter than the claim, or SA301 at the single seed that decides its runs
  when nothing sweeps. README recipes never decide on their own: they are examples over the
  program's defaults.
- SA302, seed values named against the values the code can run;
- SA303, best-of-N kept in the code (SA102) against a paper that reports an average;
- SA304, a fixed seed said to make results reproducible against `cudnn.benchmark = True`.

Every finding sits on the code line to change, with the paper sentence and page as its related
location.
"""
from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Any, Iterable

from ..code.cudnn import nondeterministic_benchmark
from ..code.project import ProjectFacts
from ..code.runs import (UNKNOWN_COUNT, CodePlace, Run, code_place, code_seed_values, documented_seeds,
                         evaluates_trained_model, first_draw, intended_seeds, is_preparation, launches_no_training,
                         main_sweep, project_runs, single_seed_places)
from ..findings import Confidence, Finding, Location, Severity
from ..paper.claims import NUMBER_WORDS, number_value, sentence_facts
from ..rules import Selection, all_rules

# "500 runs of hyper-parameter tuning", "100 trials of Bayesian search": a search, not seeds
_SEARCH = re.compile(r"\b(?:runs?|trials?|iterations?|rounds?)\s+of\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:hyper-?\s?parameters?|hp|bayesian|random|grid|tuning|search|optimi[sz]ation)\b", re.I)
# "18 trials to explore several hyperparameter configurations", "40 runs for tuning the learning rate": runs whose purpose
# is to search settings, counted by the search's size
_SEARCH_PURPOSE = (r"\s+(?:runs?|trials?)\s+(?:to|for)\s+(?:try|tun|search|explor|find|select|choos|pick|sweep)\w*\s+"
                   r"(?:[\w-]+\s+){0,3}?(?:hyper-?\s?parameters?|settings|configurations|combinations|learning\s+rates?)\b")
# A search's own size: "every tuning sweep was made of 40 runs", "a random search (12 runs)", "we run a grid search
# 6 times", "the search ran for 80 trials": the count follows a search or sweep within five words (no mean or
# report between), in a sentence that names no seed: the settings a search tried, not seeds of one setting
_SEARCH_SIZE = (r"\b(?:search\w*|sweep\w*)\b(?:\s+(?!(?:mean|average\w*|report\w*)\b)\S+){{0,5}}?\s+\(?(?:{number})\s+"
                r"(?:runs?|trials?|times)\b")
_SEED_WORD = re.compile(r"\bseed", re.I)
# Cross-validation: "we repeat this five times, rotating the held-out part", "trained 10 times, one per fold of a
# 10-fold cross-validation": each repetition tests on another part of the data, so the count is the number of
# folds, which one seed runs; a count beside a different fold count ("5-fold cross-validation repeated 3 times")
# repeats the whole rotation, and a fold count alone ("5-fold cross-validation, the whole process run 5 times") says
# nothing of what each run holds out: both stay counts of runs
_ROTATES_HELD_OUT = re.compile(
    r"\brotat\w*\s+(?:the\s+|which\s+|our\s+)?(?:[\w-]+\s+){0,5}?(?:test|held[\s-]?out|validation|evaluation|dev)\w*\b"
    r"|\b(?:test|held[\s-]?out|validation|evaluation|dev)\w*\s+(?:[\w-]+\s+){0,2}?(?:is|are)\s+rotated\b"
    r"|\b(?:one|once)\s+(?:per|for\s+each|for\s+every)\s+fold\b", re.I)
_FOLD_COUNT = re.compile(r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[\s-]+folds?\b", re.I)
# A test repeated on each item ("evaluated in 10 trials per task", "each clip is scored four times", "repeated
# 6 times for each lane") or the attempts a success rate counts: repetitions of an evaluation, which one trained
# model gives; they are no training runs. Asking a model (querying or prompting it, its answering; not a prompt
# tuning) is such an evaluation: "the prompting is repeated 4 times for each question and the answers averaged"
# asks one model four times
_REPEATS = r"(?:[\w-]+\s+){0,2}?(?:trials?|times|attempts?|episodes?|rollouts?|repetitions?)"
_PER_ITEM = r"\s+(?:per|for\s+(?:each|every)|on\s+(?:each|every))\s+(?!(?:seeds?|runs?|trials?)\b)"
_EVALUATION = re.compile(r"\b(?:evaluat\w*|test(?:s|ed|ing)?|assess\w*|quer(?:y|ies|ied|ying)|answer\w*"
                         r"|prompt(?:s|ed|ing)?(?![\s-]+(?:tun|learn|train)))\b", re.I)
# the size of a sample drawn for a measurement ("a sample size of 5k sentences", "sampling size 300")
_SAMPLE_SIZE = r"\bsampl(?:e|ing)\s+sizes?\b"
_TRAINING = re.compile(r"\b(?:train\w*|seeds?|fine-?tun\w*|pre-?train\w*|optimi[sz]\w*|initiali[sz]\w*|learn\w*)\b", re.I)
_METRIC = re.compile(r"acc|f1|score|loss|metric|bleu|rouge|auc|map\b|perf|result|valid|dev|test|eval|reward|success|"
                     r"error|perplexity|(?<![a-z])(?:psnr|ssim|iou|dice|mse|mae|ppl|wer)(?![a-z])", re.I)
Cited = tuple[Finding, CodePlace]  # a finding and the code line it cites


# -- the paper side --------------------------------------------------------------------------------
def _fragment(claim) -> str:
    """The part of the claim's sentence that holds its number (captions run into footnotes)."""
    parts = re.split(r"(?<=[.;])\s+(?=[*A-Z\d])", claim.evidence.text)
    return next((p for p in parts if any(n == claim.n for n, _ in sentence_facts(p).counts)), claim.evidence.text)


def _spelled(n: int) -> str:
    """The ways a claim's count is written, as a regular expression alternation: `5|five`."""
    return "|".join([str(n), *(w for w, v in NUMBER_WORDS.items() if v == n)])


# an evaluation that the runs take place in: "10 runs on the dev set during evaluation", "5 runs at inference time"
_DURING_EVALUATION = (r"(?:during\s+(?:the\s+)?(?:evaluation|testing|inference)|at\s+(?:evaluation|test|testing|inference)"
                      r"\s+time)\b")


def _evaluation_repeats(claim) -> bool:
    """The claim counts how often an evaluation is repeated: on each item (a task, an image, a region), with an
    evaluation word before the count, no training word between and none joined to it just before; as the
    attempts a success rate is over; or as runs that take place during the evaluation ("the mean accuracy of 10
    runs on the dev set during evaluation"), with no training word between the count and that evaluation and none
    joined to the count just before."""
    text = claim.evidence.text
    number = _spelled(claim.n)
    inside = re.compile(rf"\b(?:{number})\s+(?:[\w-]+\s+)?(?:runs?|trials?|times|repetitions?)\b([^.;]{{0,60}}?)"
                        rf"\s{_DURING_EVALUATION}", re.I)
    for match in inside.finditer(text):
        joined = " ".join(text[:match.start()].split()[-3:])  # "we train the tagger 5 times at test time"
        if not _TRAINING.search(match[1]) and not _TRAINING.search(joined):
            return True
    per_item = re.compile(rf"\b(?:{number})\s+{_REPEATS}{_PER_ITEM}|\b(?:each|every)\s+(?:[\w-]+\s+){{1,2}}(?:{number})\s+times\b", re.I)
    for match in per_item.finditer(text):
        evaluations = list(_EVALUATION.finditer(text, 0, match.start()))
        if not evaluations:
            continue
        # "trained and evaluated over 5 trials per task" shares its count with the training
        joined = " ".join(text[:evaluations[-1].start()].split()[-3:])
        if not _TRAINING.search(text, evaluations[-1].end(), match.end()) and not _TRAINING.search(joined):
            return True
    # "a 70% success rate over 12 attempts": the attempts a success rate is counted over
    rate = re.search(rf"\bsuccess(?:\s+rate)?\b[^.;]{{0,30}}?\b(?:over|across|in|out\s+of)\s+(?:{number})\s+{_REPEATS}\b", text, re.I)
    return bool(rate) and not _TRAINING.search(rate[0])


def _folds(claim) -> bool:
    """The claim counts the folds of a cross-validation: its sentence names no seed and no other fold count, and
    says the held-out part rotates from one repetition to the next (or that there is one run per fold)."""
    text = claim.evidence.text
    if _SEED_WORD.search(text):
        return False
    if any(number_value(m.group(1)) != claim.n for m in _FOLD_COUNT.finditer(text)):
        return False
    return bool(_ROTATES_HELD_OUT.search(text))


def _sampled_measure(claim) -> bool:
    """The claim counts the draws of a sampled measurement: its runs are joined to a sample size ("the diversity score
    is the average over 10 runs with a sample size of 5k sentences", "with a sample size of 300, repeated 8 times"), in
    a sentence with no training word: each run draws another sample to score, which one trained model gives."""
    text = claim.evidence.text
    if _TRAINING.search(text):
        return False
    number = _spelled(claim.n)
    runs = rf"\b(?:{number})\s+(?:[\w-]+\s+)?(?:runs?|trials?|times|rounds?|repetitions?)\b"
    # the sample size joined to the runs: "N runs with a sample size of K", "a sample size of K items, repeated N times"
    after = rf"{runs},?\s+(?:with|using|at|of|on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{_SAMPLE_SIZE}"
    before = rf"{_SAMPLE_SIZE}\s+(?:of\s+)?\S+(?:\s+[\w-]+)?,?\s+(?:repeated|drawn|averaged\s+over|over|across)\s+{runs}"
    return bool(re.search(f"{after}|{before}", text, re.I))


_DURATION = (r",?\s+(?:each\s+)?(?:of|taking|lasting|that\s+took|which\s+took)\s+(?:(?:roughly|about|around|approximately|"
             r"nearly|almost|up\s+to|under|over|less\s+than|more\s+than)\s+)?~?\s*[\d.,]+\s*(?:(?:gpu|cpu)[\s-]?)?"
             r"(?:hours?|hrs?|h|minutes?|mins?|days?|seconds?)\b")
_AGGREGATING = re.compile(r"\b(?:mean|average\w*|median|std|standard\s+(?:deviation|error)|varian\w+|report\w*|seeds?)\b|±",
                          re.I)


def _compute_tally(claim) -> bool:
    """The claim tallies compute: its runs are joined to the time each took ("the budget is about 390 GPU hours: 160
    tagging runs of roughly 2 hours each"), in a sentence that neither aggregates results nor names a seed: it counts
    every run the study made, over all its settings, not repeats of one result."""
    text = claim.evidence.text
    if _AGGREGATING.search(text):
        return False
    number = _spelled(claim.n)
    runs = rf"\b(?:{number})\s+(?:[\w-]+\s+){{0,2}}?(?:runs?|trials?|jobs?|experiments?)"
    return bool(re.search(runs + _DURATION, text, re.I))


def _is_seed_claim(claim) -> bool:
    text = claim.evidence.text
    if _evaluation_repeats(claim) or _folds(claim) or _sampled_measure(claim) or _compute_tally(claim):
        return False
    number = rf"(?:{claim.n}|\w+)"
    if re.search(rf"\b(?:tab(?:le)?|fig(?:ure)?|sec(?:tion)?|eq(?:uation)?|appendix)\.?\s*{claim.n}\b", text, re.I) and \
            not re.search(rf"\b{claim.n}\s+(?:[\w-]+\s+){{0,3}}(?:seeds|runs|trials)\b", text, re.I):
        return False
    if _SEARCH.search(text) and re.search(rf"\b{number}\s+(?:runs?|trials?|iterations?|rounds?)\s+of\b", text, re.I):
        return False
    if re.search(rf"\b{number}{_SEARCH_PURPOSE}", text, re.I):
        return False
    exact = _spelled(claim.n)
    if not _SEED_WORD.search(text) and re.search(_SEARCH_SIZE.format(number=exact), text, re.I):
        return False
    if claim.category in ("aggregate", "tuned-one-seed", "sensitivity"):
        return True
    if claim.category == "single-run":
        # "Dev results using 3 random seeds. *One seed for the largest models.": the part with the number
        fragment = _fragment(claim)
        return fragment != text and not any(n == 1 for n, _ in sentence_facts(fragment).counts)
    return False


def seed_count_claim(claims):
    """The largest number of seeds or runs the paper reports results over (a CountClaim), or None."""
    accepted = [c for c in claims.n_seeds + claims.n_runs if c.n >= 2 and _is_seed_claim(c)]
    return max(accepted, key=lambda c: c.n) if accepted else None


# -- the findings ----------------------------------------------------------------------------------
def _finding(rule_id: str, message: str, code: CodePlace | None, evidence: Any, paper_path: str,
             confidence: Confidence | None = None, severity: Severity | None = None) -> Finding:
    rule = all_rules()[rule_id]
    page = getattr(evidence, "page", None)
    sentence = getattr(evidence, "text", "")
    paper_loc = Location(getattr(evidence, "path", paper_path) or paper_path, getattr(evidence, "line", None), page=page,
                         margin_line=getattr(evidence, "margin_line", None))
    primary = Location(code.path, code.line) if code else paper_loc
    related = [paper_loc] if code else []
    return Finding(rule.id, rule.name, severity or rule.severity, confidence or rule.confidence, message, primary,
                   evidence=code.text if code else sentence, fix_hint=rule.fix_hint, related_locations=related,
                   related_evidence=[sentence] if code else [])


# -- the comparisons, one per rule (SA301 and SA305 share one) -------------------------------------
def _too_few_seeds(claim, project: ProjectFacts, paper_path: str) -> list[Cited]:
    """SA301/SA305: every launcher that runs fewer seeds than claimed, then the project's own runs."""
    runs = project_runs(project)
    cited = _short_launchers(claim, project, runs, paper_path)
    # a README results table listing enough seeds, one per row, documents that the project ran them
    if any(r.count >= claim.n for r in runs) or documented_seeds(project) >= claim.n:
        return cited
    return cited + _short_project(claim, project, runs, bool(cited), paper_path)


def _short_launchers(claim, project: ProjectFacts, runs: list[Run], paper_path: str) -> list[Cited]:
    """Each launcher file that passes one seed (SA301) or too short a sweep (SA305) to a program that
    nothing else in the project runs with enough seeds and that trains, where the project's programs train."""
    n, unit = claim.n, claim.unit
    # a program some command or default runs with enough seeds; a default loop of unknown length, or a README
    # command whose seed is a placeholder the reader fills in (`--seed $SEED`), does not outweigh a launcher
    # that says how many it runs
    enough = [r for r in runs if r.count >= n and not (r.count == UNKNOWN_COUNT and r.source in ("default", "readme"))]
    # a command that switches on its program's search of settings runs the search under one seed, where the project
    # sweeps seeds elsewhere: the claimed seeds are those of the runs the chosen settings get
    swept = any(r.sweep and r.count >= 2 and not r.search for r in runs)
    cited: list[Cited] = []
    reported: set[tuple[str, str]] = set()
    for run in sorted((r for r in runs if r.source == "launcher"), key=lambda r: (r.place.path, r.place.line)):
        # a launcher of a program that trains nothing (a data sampler, a scorer), a command that only evaluates a
        # trained model (`--do_predict` without `--do_train`), or one command of a program that evaluates a model
        # another program trained, runs no training seeds; a loop of such commands stays: it stands for runs over
        # seeds
        if run.count >= n or _run_enough(run, enough) or is_preparation(run.program) or run.evaluates or \
                launches_no_training(project, run.program) or \
                not run.repeated and evaluates_trained_model(project, run.program):
            continue
        if run.search and swept:
            continue
        single = run.count == 1 and not run.sweep
        rule = "SA301" if single else "SA305"
        if (run.launch, rule) in reported:
            continue
        reported.add((run.launch, rule))
        what = "passes one seed" if single else f"runs {run.count} seed{'s' if run.count > 1 else ''}"
        rest = "nothing else in the project runs it with more" if not any(r.program == run.program for r in enough) \
            else "no other command runs these settings of it with more"
        cited.append((_finding(rule, f"the paper reports results over {n} {unit}, but this launcher {what} to "
                                     f"{PurePosixPath(run.program).name} and {rest}",
                               run.place, claim.evidence, paper_path), run.place))
    return cited


def _run_enough(run: Run, enough: list[Run]) -> bool:
    """Another way of running the launcher's program runs enough seeds. A launcher's own seed loop that is too short
    counts only a run of the same settings, or a README or default run: a sibling launcher that runs other settings
    of the program (another loss weight, another data set) with enough seeds leaves this setting's results short."""
    same = [r for r in enough if r.program == run.program]
    if not run.sweep:
        return bool(same)
    return any(r.source != "launcher" or r.settings == run.settings for r in same)


def _short_project(claim, project: ProjectFacts, runs: list[Run], launchers_cited: bool, paper_path: str) -> list[Cited]:
    """When no run has enough seeds: the project's own sweep if it is too short (SA305), else the one seed
    that decides its runs (SA301), and the per-seed launchers that cover too few seeds (SA305)."""
    n, unit = claim.n, claim.unit
    sweep = main_sweep(project, runs)
    if sweep is not None:
        if sweep.count >= n or launchers_cited:
            return []
        return [(_finding("SA305", f"the paper reports {n} {unit}, but the sweep the code provides runs {sweep.count} "
                                   "with its defaults and documented commands", sweep.place, claim.evidence, paper_path),
                 sweep.place)]
    cited: list[Cited] = []
    single = [] if launchers_cited else single_seed_places(project)
    if single:
        cited.append((_finding("SA301", f"the paper reports results over {n} {unit}, but the code runs one seed, "
                                        "set here, and nothing in the project varies it", single[0],
                               claim.evidence, paper_path), single[0]))
    intended = intended_seeds(project, runs)
    if intended is not None and 2 <= intended[0] < n:
        cited.append((_finding("SA305", f"the paper reports {n} {unit}, but the per-seed launchers cover only "
                                        f"{intended[0]} seeds (and do not pass them on)", intended[1], claim.evidence,
                               paper_path, confidence=Confidence.MEDIUM), intended[1]))
    return cited


def _other_seed_values(claims, project: ProjectFacts, places: list[CodePlace], paper_path: str
                       ) -> tuple[Finding | None, dict[str, Any]]:
    """SA302: the paper names seed values that the code never runs (or the code sets no seed at all)."""
    named = claims.values
    code_values = code_seed_values(project)
    evidence = claims.seed_values[0][1]
    row = {"paper": f"seed values {', '.join(map(str, named))}", "page": evidence.page,
           "code": ", ".join(sorted(code_values)[:8]) or "no seed set", "where": "", "status": "consistent"}
    if code_values and not code_values & {str(v) for v in named}:
        place = (single_seed_places(project) or places or [None])[0]
        row.update(status="SA302 different values", where=f"{place.path}:{place.line}" if place else "")
        return _finding("SA302", f"the paper names seed(s) {', '.join(map(str, named))}, but the code uses "
                                 f"{', '.join(sorted(code_values)[:6])}", place, evidence, paper_path), row
    if not code_values and project.seed_variation.state == "unseeded":
        place = first_draw(project)
        if place is not None:
            row.update(status="SA302 code unseeded", where=f"{place.path}:{place.line}")
            return _finding("SA302", f"the paper names seed(s) {', '.join(map(str, named))}, but the code sets "
                                     "no seed at all, so no run can reproduce them", place, evidence, paper_path,
                            confidence=Confidence.LOW), row
    return None, row


def _best_seed_kept(claims, claimed, code_findings: Iterable[Finding], paper_path: str
                    ) -> tuple[Finding, dict[str, Any]] | None:
    """SA303: the code keeps the best seed (SA102 on a metric) while the paper does not say it reports the best."""
    # the metric is read from the code the finding cites (its line and the names its message quotes), not from
    # the message's own wording ("the best of the per-seed results in `jobs`" says "results" of any list)
    best = [f for f in code_findings if f.rule_id == "SA102" and f.confidence >= Confidence.MEDIUM
            and _METRIC.search(" ".join([f.evidence or "", *re.findall(r"`([^`]*)`", f.message)]))]
    if not best or claims.best_of_n:
        return None
    evidence = claimed.evidence if claimed is not None else None
    code = CodePlace(best[0].location.path, best[0].location.line or 1, best[0].evidence)
    what = f"reports results over {claimed.n} {claimed.unit}" if claimed else "does not say that the best seed is reported"
    return (_finding("SA303", f"the code keeps the best seed, while the paper {what}", code, evidence, paper_path),
            {"paper": what, "page": getattr(evidence, "page", None), "code": "keeps the best seed",
             "where": f"{code.path}:{code.line}", "status": "SA303 mismatch"})


def _benchmark_breaks_reproducibility(claims, project: ProjectFacts, paper_path: str
                                      ) -> tuple[Finding, dict[str, Any]] | None:
    """SA304: the paper says a fixed seed makes results reproducible, and `cudnn.benchmark = True` runs."""
    seeded_claims = [e for e in claims.reproducibility_claim if _SEED_WORD.search(e.text)]
    bench = nondeterministic_benchmark(project) if seeded_claims else None
    if bench is None:
        return None
    place = code_place(project, *bench, "torch.backends.cudnn.benchmark = True")
    return (_finding("SA304", "the paper says a fixed seed makes results reproducible, but the code turns on "
                              "cudnn.benchmark without deterministic algorithms", place, seeded_claims[0], paper_path),
            {"paper": "fixed seed → reproducible", "page": seeded_claims[0].page,
             "code": "cudnn.benchmark = True", "where": f"{place.path}:{place.line}", "status": "SA304 mismatch"})


def crosscheck(claims, project: ProjectFacts, code_findings: Iterable[Finding], paper_path: str,
               selection: Selection | None = None) -> tuple[list[Finding], list[dict[str, Any]]]:
    """SA301-SA305 findings and the paper-vs-code table rows the report shows."""
    findings: list[Finding] = []
    rows: list[dict[str, Any]] = []
    claimed = seed_count_claim(claims)
    places: list[CodePlace] = []
    if claimed is not None:
        cited = _too_few_seeds(claimed, project, paper_path)
        found, places = [f for f, _ in cited], [p for _, p in cited]
        findings += found
        status = ", ".join(sorted({f"{f.rule_id} {'one seed' if f.rule_id == 'SA301' else 'fewer runs'}" for f in found}))
        rows.append({"paper": f"results over {claimed.n} {claimed.unit}", "page": claimed.evidence.page,
                     "code": project.seed_variation.describe(), "where": ", ".join(f"{p.path}:{p.line}" for p in places),
                     "status": status or "consistent"})
    if claims.values:
        finding, row = _other_seed_values(claims, project, places, paper_path)
        findings += [finding] if finding is not None else []
        rows.append(row)
    for compared in (_best_seed_kept(claims, claimed, code_findings, paper_path),
                     _benchmark_breaks_reproducibility(claims, project, paper_path)):
        if compared is not None:
            findings.append(compared[0])
            rows.append(compared[1])
    if selection is not None:
        findings = [f for f in findings if f.rule_id in selection]
    return findings, rows
