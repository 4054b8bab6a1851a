"""Paper claims against code facts (SA3xx): does the code run the seeds the paper says it ran?

Reads only the two engines' results: the paper's Claims (seedaudit.paper.claims) and the project's
seed facts (seedaudit.code.project.ProjectFacts and seedaudit.code.variation). The code side is
read per way of running a program, not as one project-wide number, because one claim ("five seeds
on six tasks") can be kept by one task's launcher and broken by another's:

- a *run* is one way the project runs a program (the program's own defaults, a launcher command,
  a README recipe) with the number of seeds it yields and the line that decides that number
  (the argparse default, the launcher's `--seed 1`, the `--nr_of_seeds 4`, the config `seed: 1`);
- a launcher file (shell, job, Makefile) that runs fewer seeds than claimed is reported on its own
  line, once per launcher file (SA301 for one seed, SA305 for a sweep that is too short);
- otherwise the project gets at most one finding: SA305 at its largest sweep when every sweep is
  shorter than the claim, or SA301 at the single seed that decides its runs when nothing sweeps.
  README recipes never decide on their own: they are examples over the program's defaults.

Every finding sits on the code line to change, with the paper sentence and page as its related
location.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, Iterable

from ..findings import Confidence, Finding, Location, Severity
from ..rules import Selection, all_rules

# programs that prepare data rather than train or evaluate: their seed is no experiment's seed
_PREP = re.compile(r"prepro|prepar|download|convert|tokeni[sz]|split_data|make_data|build_data|extract|merge_weights", re.I)
# "500 runs of hyper-parameter tuning", "100 trials of Bayesian search": a search, not seeds
_SEARCH = re.compile(r"\b(?:runs?|trials?|iterations?|rounds?)\s+of\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:hyper-?\s?parameters?|hp|bayesian|random|grid|tuning|search|optimi[sz]ation)\b", re.I)
_LAUNCHERS = ("sh", "job", "make")
UNKNOWN = 10**9  # a sweep whose length the code does not fix (`--seed $1`, `for seed in args.seeds`)
_VARIABLE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_]\w*)=[\"']?(-?\d+)[\"']?\s*(?:#.*)?$")


@dataclass(frozen=True)
class CodePlace:
    path: str
    line: int
    text: str


@dataclass(frozen=True)
class Run:
    """One way the project runs a program: how many seeds it yields and the line that decides it."""

    program: str
    count: int
    place: CodePlace
    sweep: bool  # a mechanism that varies the seed (loop, list, count), even if it yields one
    source: str  # default | launcher | readme
    launch: str | None = None  # the launch file, for launcher and readme runs


# -- the paper side --------------------------------------------------------------------------------
def _fragment(claim) -> str:
    """The part of the claim's sentence that holds its number (captions run into footnotes)."""
    parts = re.split(r"(?<=[.;])\s+(?=[*A-Z\d])", claim.evidence.text)
    from ..paper.claims import sentence_facts

    return next((p for p in parts if any(n == claim.n for n, _ in sentence_facts(p).counts)), claim.evidence.text)


def _is_seed_claim(claim) -> bool:
    text = claim.evidence.text
    number = rf"(?:{claim.n}|\w+)"
    if re.search(rf"\b(?:tab(?:le)?|fig(?:ure)?|sec(?:tion)?|eq(?:uation)?|appendix)\.?\s*{claim.n}\b", text, re.I) and \
            not re.search(rf"\b{claim.n}\s+(?:[\w-]+\s+){{0,3}}(?:seeds|runs|trials)\b", text, re.I):
        return False
    if _SEARCH.search(text) and re.search(rf"\b{number}\s+(?:runs?|trials?|iterations?|rounds?)\s+of\b", text, re.I):
        return False
    if claim.category in ("aggregate", "tuned-one-seed", "sensitivity"):
        return True
    if claim.category == "single-run":
        # "Dev results using 3 random seeds. *One seed for the largest models.": the part with the number
        from ..paper.claims import sentence_facts

        fragment = _fragment(claim)
        return fragment != text and not any(n == 1 for n, _ in sentence_facts(fragment).counts)
    return False


def seed_count_claim(claims):
    """The largest number of seeds or runs the paper reports results over (a CountClaim), or None."""
    accepted = [c for c in claims.n_seeds + claims.n_runs if c.n >= 2 and _is_seed_claim(c)]
    return max(accepted, key=lambda c: c.n) if accepted else None


# -- the code side: lines and options --------------------------------------------------------------
def _text(project, path: str, line: int, fallback: str = "") -> str:
    facts = project.files.get(path)
    lines = getattr(facts, "lines", None) or []
    return lines[line - 1].strip() if 0 < line <= len(lines) else fallback


def _place(project, path: str, line: int, fallback: str = "") -> CodePlace:
    return CodePlace(path, line, _text(project, path, line, fallback))


def _norm(name: str) -> str:
    return name.strip().lstrip("-").replace("-", "_").split(".")[-1]


@dataclass(frozen=True)
class _Option:
    path: str
    line: int  # the line of the default where written (argparse `default=` on its own line)
    name: str
    default: Any
    text: str = ""


def _undeclared_option(project, name: str) -> _Option | None:
    """An option in a file the code pass skipped (it names no seed): `--num-choices` with `default=1`,
    read from the source only when a seed loop runs `range(num_choices)`."""
    from ..code.sources import SKIP_DIRS, display_path

    root = getattr(project, "root", None)
    if root is None:
        return None
    spelled = "[-_]".join(re.escape(part) for part in name.split("_"))
    declared = re.compile(rf"""add_argument\(\s*(?:['"]-\w+['"]\s*,\s*)?['"]--{spelled}['"]""")
    from ..code.variation import program_file

    known = set(project.files)
    found = []
    for path in sorted(root.rglob("*.py"))[:5000]:
        if SKIP_DIRS & set(path.relative_to(root).parts) or display_path(path) in known:
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace") if path.stat().st_size < 1_000_000 else ""
        except OSError:
            continue
        match = declared.search(text)
        if match is None:
            continue
        call = text[match.start():text.find(")", match.end()) + 1]
        default = re.search(r"\bdefault\s*=\s*(-?\d+)\b", call)
        if default is not None:
            line = text.count("\n", 0, match.start() + call.find(default[0])) + 1
            found.append(_Option(display_path(path), line, name, int(default[1]), text.splitlines()[line - 1].strip()))
    commands = [(launch.path, i.program) for launch in project.launch_files() for i in launch.invocations]

    def launched(option: _Option) -> bool:
        return any(program_file(program, launch, [option.path]) for launch, program in commands)

    return min(found, key=lambda o: (not launched(o), o.path)) if found else None


def _options(project) -> list[_Option]:
    """Every CLI option with a literal default, and the seed/count fields and config keys."""
    memo = project.memo.get(("crosscheck-options", ""))
    if memo is not None:
        return memo
    from ..code.variation import _option_name

    out = []
    for facts in project.python_files():
        for call in facts.calls:
            if call.qualname.rsplit(".", 1)[-1] not in ("add_argument", "add_option", "option"):
                continue
            name = _option_name(call)
            default = call.kwargs.get("default")
            if name and default is not None and default.is_literal:
                out.append(_Option(facts.path, call.arg_lines.get("default", call.line), _norm(name), default.value))
    seen = {(o.path, o.name) for o in out}
    for o in [*project.seed_options, *project.count_options]:
        if (o.path, _norm(o.name)) not in seen:
            out.append(_Option(o.path, o.line, _norm(o.name), o.default))
    project.memo[("crosscheck-options", "")] = out
    return out


def _launch_rank(project, path: str) -> tuple[int, str, int]:
    """Files that launchers run come first (non-README before README, in the order written)."""
    runs = project.runs.get(path, [])
    kinds = {f.path: f.kind for f in project.launch_files()}
    if not runs:
        return (2, "", 0)
    launch, invocation = min(runs, key=lambda r: (kinds.get(r[0]) == "readme", r[0], r[1].line))
    return (1 if kinds.get(launch) == "readme" else 0, launch, invocation.line)


def _name_rank(path: str) -> int:
    name = PurePosixPath(path).name.lower()
    if any(w in name for w in ("train", "main", "run", "finetune", "experiment")):
        return 0
    return 2 if _PREP.search(name) or any(w in name for w in ("util", "data", "test")) else 1


def _file_rank(project, path: str) -> tuple:
    return (_launch_rank(project, path), _name_rank(path), path)


def _option_named(project, name: str, prefer: str | None = None) -> _Option | None:
    """The option `name` (`num_choices`, `seed`): in `prefer`'s file if declared there, else the most launched."""
    matches = [o for o in _options(project) if o.name == _norm(name)]
    if not matches:
        return None
    return min(matches, key=lambda o: (o.path != prefer, _file_rank(project, o.path), o.line))


def _passed(invocation, name: str) -> str | None:
    for key, value in invocation.options.items():
        if _norm(key) == _norm(name):
            return value
    return None


def _words(value: str) -> int:
    words = value.split()
    return len(words) if words and all(re.fullmatch(r"-?\d+", w) for w in words) else 0


def _is_readme(project, path: str) -> bool:
    facts = project.files.get(path)
    return getattr(facts, "kind", "") == "readme"


def _overrides(project, option: _Option, as_count: bool, program: str) -> list[Run]:
    """Runs where a launcher or README passes a value to this option (to the program, or the file declaring it)."""
    from ..code.variation import program_file

    out = []
    invocations = project.runs.get(program, []) + (project.runs.get(option.path, []) if option.path != program else [])
    if option.path not in project.files:  # a file the code pass skipped: match the launchers' commands to it here
        invocations += [(launch.path, i) for launch in project.launch_files() for i in launch.invocations
                        if program_file(i.program, launch.path, [option.path])]
    for launch, invocation in invocations:
        value = _passed(invocation, option.name)
        if value is None:
            continue
        count = int(value) if as_count and re.fullmatch(r"\d+", value.strip()) else _words(value) if not as_count else 0
        if count:
            line = invocation.option_lines.get(next(k for k in invocation.options if _norm(k) == option.name), invocation.line)
            source = "readme" if _is_readme(project, launch) else "launcher"
            out.append(Run(program, count, _place(project, launch, line, invocation.text), True, source, launch))
    return out


# -- the code side: runs --------------------------------------------------------------------------
_WRAPPERS = re.compile(r"^(?:enumerate|list|tuple|sorted|tqdm|tqdm\.tqdm|zip|iter)\((.*)\)$")


def _first_argument(text: str) -> str:
    depth = 0
    for i, char in enumerate(text):
        depth += char in "([{"
        depth -= char in ")]}"
        if char == "," and depth == 0:
            return text[:i]
    return text


def _core(text: str) -> str:
    """`enumerate(zip(args.seeds, splits))` → `args.seeds`: what a loop really iterates."""
    while True:
        match = _WRAPPERS.match(text.strip())
        if not match:
            return text.strip()
        text = _first_argument(match[1])


_LAST_NAME = re.compile(r"""^.*?(\w+)['"\]]*$""")


def _iter_runs(core: str, facts, project, program: str) -> list[Run]:
    """Runs of a loop over `range(args.n_runs)` or `args.seeds`: the option's default, and what commands pass."""
    match = re.fullmatch(r"(?:range|np\.arange|numpy\.arange)\(\s*(?:-?\d+\s*,\s*)?([\w.\[\]'\"]+)\s*\)", core)
    if match and not re.fullmatch(r"-?\d+", match[1]):
        name = _LAST_NAME.sub(r"\1", match[1])
        option = _option_named(project, name, prefer=facts.path) or _undeclared_option(project, name)
        if option is not None and isinstance(option.default, int) and not isinstance(option.default, bool):
            default = Run(program, option.default, _place(project, option.path, option.line, option.text), True, "default")
            return [default, *_overrides(project, option, True, program)]
    if re.fullmatch(r"[\w.\[\]'\"]+", core) and not core.isidentifier():
        option = _option_named(project, _LAST_NAME.sub(r"\1", core), prefer=facts.path)
        if option is not None and isinstance(option.default, list):
            default = Run(program, len(option.default), _place(project, option.path, option.line), True, "default")
            return [default, *_overrides(project, option, False, program)]
    return []


def _comprehension_runs(core: str, loop, facts, project) -> list[Run]:
    """`for run in run_combos` where `run_combos = [(m, s) for m in models for s in range(args.n_seeds)]`."""
    from ..code.variation import is_seed_name

    bound = [a for a in facts.assigns if a.ctx.func == loop.ctx.func and a.line <= loop.line and
             any(t.kind == "name" and t.text == core for t in a.targets)]
    if not bound:
        return []
    for targets, iterable in re.findall(r"\bfor\s+([\w\s,()]+?)\s+in\s+(.+?)(?=\s+for\s|\s+if\s|\s*[\])}]\s*$)",
                                        bound[-1].value.text, re.S):
        if any(is_seed_name(t) for t in re.findall(r"\w+", targets)):
            runs = _iter_runs(_core(iterable), facts, project, facts.path)
            if runs:
                return runs
    return []


def _loop_runs(loop, facts, project) -> list[Run]:
    """The runs one Python seed loop yields: its literal count, or the option that sets it and overrides."""
    from ..code.variation import loop_values

    core = _core(loop.iter.text) if loop.iter is not None else ""
    runs = _iter_runs(core, facts, project, facts.path)
    if not runs and core.isidentifier():
        runs = _comprehension_runs(core, loop, facts, project)
    if runs:
        return runs
    _, count = loop_values(loop, facts, project.seed_options, project.count_options)
    return [Run(facts.path, count or UNKNOWN, _place(project, facts.path, loop.line), True, "default")]


def _python_runs(project) -> list[Run]:
    from ..code.variation import _trains_or_calls, seed_loops

    out = []
    for facts in project.python_files():
        for loop in seed_loops(facts, project).values():
            if loop.kind != "comp" and _trains_or_calls(loop, facts):
                out += _loop_runs(loop, facts, project)
    return out


def _invocation_run(project, launch, invocation) -> Run | None:
    """How many seeds one launcher command runs, where it passes them; None when it passes none."""
    from ..code.variation import invocation_seeds, is_count_name, program_file

    target = program_file(invocation.program, launch.path, [f.path for f in project.python_files()]) or invocation.program
    source = "readme" if launch.kind == "readme" else "launcher"
    for name, value in invocation.options.items():
        if is_count_name(name) and re.fullmatch(r"\d+", value.strip()):
            line = invocation.option_lines.get(name, invocation.line)
            return Run(target, int(value), _place(project, launch.path, line, invocation.text), True, source, launch.path)
    name, values, count, line = invocation_seeds(invocation)
    if name is None or count == 0:
        return None
    looped = any(ref in invocation.options[name] for ref in invocation.loop_values)
    if count >= 2 and not values:  # `--seed $1`, a loop over values the file does not spell out
        count = UNKNOWN
    return Run(target, count, _place(project, launch.path, line, invocation.text), count > 1 or looped or len(values) > 1,
               source, launch.path)


def _launcher_runs(project) -> list[Run]:
    out = []
    for launch in project.launch_files():
        for invocation in launch.invocations:
            run = _invocation_run(project, launch, invocation)
            if run is not None:
                out.append(run)
    return out


def _declared_sweeps(project) -> list[Run]:
    """Sweeps the variation pass found that are neither Python loops nor launcher commands (read above)."""
    out = []
    for sweep in project.sweeps:
        from_command = sweep.what == "repeat count" and bool(getattr(project.files.get(sweep.path), "invocations", None))
        if sweep.what in ("python loop", "launcher", "separate runs") or from_command:
            continue
        out.append(Run(sweep.program or sweep.path, sweep.count, _place(project, sweep.path, sweep.line, sweep.what), True,
                       "default"))
    for sweep in project.sweeps:  # one program launched with different literal seeds from one file
        if sweep.what == "separate runs":
            source = "readme" if _is_readme(project, sweep.path) else "launcher"
            out.append(Run(sweep.program or sweep.path, sweep.count, _place(project, sweep.path, sweep.line), True, source,
                           sweep.path))
    return out


def project_runs(project) -> list[Run]:
    return _python_runs(project) + _launcher_runs(project) + _declared_sweeps(project)


def _single_seed_places(project) -> list[CodePlace]:
    """Where the one seed a project runs is decided, best first: the option default a seed call reads,
    a literal seed, or a seed option a launched program reads and forwards."""
    from ..code.variation import seed_uses

    found: dict[tuple[str, int], tuple[tuple, CodePlace]] = {}

    def add(program: str, origin_rank: int, place: CodePlace) -> None:
        key = (_file_rank(project, program), origin_rank, place.path, place.line)
        if (place.path, place.line) not in found or key < found[(place.path, place.line)][0]:
            found[(place.path, place.line)] = (key, place)

    any_use = False
    for facts in project.python_files():
        for use in seed_uses(facts, project):
            any_use = True
            if use.origin == "option" and use.option is not None:
                option = _option_named(project, use.option.name, prefer=facts.path) or use.option
                add(facts.path, 0, _place(project, option.path, option.line))
            elif use.origin in ("literal", "constant", "helper-default"):
                add(facts.path, 1, _place(project, facts.path, use.line, use.call.qualname))
    if not any_use:
        return []
    from ..code.variation import is_seed_name

    for option in _options(project):
        facts = project.files.get(option.path)
        if project.runs.get(option.path) and is_seed_name(option.name) and hasattr(facts, "calls") and \
                _reads(facts, option.name):
            add(option.path, 0, _place(project, option.path, option.line))
    return [place for _, place in sorted(found.values(), key=lambda item: item[0])]


def _reads(facts, name: str) -> bool:
    """The file reads `args.<name>` / `cfg["<name>"]` somewhere other than declaring it."""
    pattern = re.compile(rf"""\.{name}\b|\[['"]{name}['"]\]""")
    return any(pattern.search(arg.text) for call in facts.calls for arg in (*call.args, *call.kwargs.values())) or \
        any(pattern.search(a.value.text) for a in facts.assigns)


def _intended_seeds(project, runs: list[Run]) -> tuple[int, CodePlace] | None:
    """Launchers that each set a shell variable `seed=N` they never pass on: the seeds meant to run."""
    from ..code.variation import is_seed_name

    meant: dict[str, tuple[str, int]] = {}
    passing = {r.launch for r in runs if r.source == "launcher"}
    for launch in project.launch_files():
        if launch.kind not in _LAUNCHERS or not launch.invocations or launch.path in passing:
            continue
        for number, text in enumerate(launch.lines, 1):
            match = _VARIABLE.match(text)
            if match and is_seed_name(match[1]):
                meant.setdefault(match[2], (launch.path, number))
    if len(meant) < 2:
        return None
    last_value = max(meant, key=int)
    launch, line = meant[last_value]
    place = _place(project, launch, line)
    names = {PurePosixPath(p).name for p, _ in meant.values()}
    for readme in project.launch_files():
        if readme.kind == "readme":
            mentions = [n for n, text in enumerate(readme.lines, 1) if any(name in text for name in names)]
            if mentions:
                place = _place(project, readme.path, max(mentions))
    return len(meant), place


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


def _count_findings(claim, project, paper_path: str) -> tuple[list[Finding], list[CodePlace]]:
    """SA301/SA305: every launcher that runs fewer seeds than claimed, then the project's own runs."""
    n, unit = claim.n, claim.unit
    runs = project_runs(project)
    findings: list[Finding] = []
    places: list[CodePlace] = []
    # a program some command or default runs with enough seeds; a default loop of unknown length does not
    # outweigh a launcher that says how many it runs
    enough = {r.program for r in runs if r.count >= n and not (r.count == UNKNOWN and r.source == "default")}
    reported: set[tuple[str, str]] = set()
    for run in sorted((r for r in runs if r.source == "launcher"), key=lambda r: (r.place.path, r.place.line)):
        if run.count >= n or run.program in enough or _PREP.search(PurePosixPath(run.program).name):
            continue
        single = run.count == 1 and not run.sweep
        rule = "SA301" if single else "SA305"
        if (run.launch, rule) in reported:
            continue
        reported.add((run.launch, rule))
        what = "passes one seed" if single else f"runs {run.count} seed{'s' if run.count > 1 else ''}"
        findings.append(_finding(rule, f"the paper reports results over {n} {unit}, but this launcher {what} to "
                                       f"{PurePosixPath(run.program).name} and nothing else in the project runs it with more",
                                 run.place, claim.evidence, paper_path))
        places.append(run.place)
    if any(r.count >= n for r in runs):
        return findings, places
    launched = {r.program for r in runs if r.source == "launcher"}
    sweeps = [r for r in runs if r.sweep and r.program not in launched]
    if sweeps:
        best = min(sweeps, key=lambda r: (-r.count, r.source != "default", _file_rank(project, r.place.path), r.place.line))
        if best.count < n and not findings:
            findings.append(_finding("SA305", f"the paper reports {n} {unit}, but the sweep the code provides runs "
                                              f"{best.count} with its defaults and documented commands", best.place,
                                     claim.evidence, paper_path))
            places.append(best.place)
        return findings, places
    if not findings:
        single = _single_seed_places(project)
        if single:
            findings.append(_finding("SA301", f"the paper reports results over {n} {unit}, but the code runs one seed, "
                                              "set here, and nothing in the project varies it", single[0],
                                     claim.evidence, paper_path))
            places.append(single[0])
    intended = _intended_seeds(project, runs)
    if intended is not None and 2 <= intended[0] < n:
        findings.append(_finding("SA305", f"the paper reports {n} {unit}, but the per-seed launchers cover only "
                                          f"{intended[0]} seeds (and do not pass them on)", intended[1], claim.evidence,
                                 paper_path, confidence=Confidence.MEDIUM))
        places.append(intended[1])
    return findings, places


def _dict_seeds(facts) -> set[str]:
    """Seeds inside dict literals: `model_kwargs={"seed": 42}`, `params = {"random_state": 0}`."""
    from ..code.variation import is_seed_name

    out = set()
    exprs = [v for call in facts.calls for v in (*call.args, *call.kwargs.values())] + [a.value for a in facts.assigns]
    for expr in exprs:
        if expr.kind == "dict" and isinstance(expr.value, dict):
            out |= {str(v) for k, v in expr.value.items() if isinstance(k, str) and is_seed_name(k) and isinstance(v, int)}
        elif expr.kind == "dict":
            out |= {m[2] for m in re.finditer(r"""['"](\w+)['"]\s*:\s*(-?\d+)\b""", expr.text) if is_seed_name(m[1])}
    return out


def _code_seed_values(project) -> set[str]:
    """Literal seed values the code can run: option defaults, sweep and launcher values, literal seeds."""
    from ..code.variation import invocation_seeds, is_seed_name, seed_uses

    values = set()
    for option in [*project.seed_options, *_options(project)]:
        if not is_seed_name(option.name):
            continue
        default = option.default
        values |= {str(v) for v in (default if isinstance(default, list) else [default])
                   if isinstance(v, int) and not isinstance(v, bool)}
    for sweep in project.sweeps:
        values |= set(sweep.values)
    for launch in project.launch_files():
        for invocation in launch.invocations:
            values |= set(invocation_seeds(invocation)[1])
    for facts in project.python_files():
        values |= {str(u.value) for u in seed_uses(facts, project) if u.origin in ("literal", "constant", "helper-default")
                   and u.value is not None}
        values |= _dict_seeds(facts)
    return values


def _first_draw(project) -> CodePlace | None:
    """The first unseeded random draw in the code, for a paper that names seeds the code never sets."""
    from ..code.sinks import draw_family

    for facts in sorted(project.python_files(), key=lambda f: (_name_rank(f.path), f.path)):
        for call in facts.calls:
            if draw_family(call.qualname):
                return _place(project, facts.path, call.line, call.qualname)
    return None


def _nondeterministic_benchmark(project) -> CodePlace | None:
    """`cudnn.benchmark = True` outside a determinism branch, with no deterministic setting anywhere."""
    from ..code.checks.kernels import _cudnn, _deterministic_algorithms, _guarded

    if _deterministic_algorithms(project):
        return None
    if any(_cudnn(a, "deterministic") and a.value.value is True for f in project.python_files() for a in f.assigns):
        return None
    for facts in project.python_files():
        for assign in facts.assigns:
            if _cudnn(assign, "benchmark") and assign.value.value is True and not _guarded(facts, assign):
                return _place(project, facts.path, assign.line, "torch.backends.cudnn.benchmark = True")
    return None


_SEED_WORD = re.compile(r"\bseed", re.I)
_METRIC = re.compile(r"acc|f1|score|loss|metric|bleu|rouge|auc|map\b|perf|result|valid|dev|test|eval", re.I)


def crosscheck(claims, project, code_findings: Iterable[Finding], paper_path: str,
               selection: Selection | None = None) -> tuple[list[Finding], list[dict[str, Any]]]:
    """SA301-SA305 findings and the paper-vs-code table rows the report shows."""
    findings: list[Finding] = []
    rows: list[dict[str, Any]] = []
    state = project.seed_variation.describe()
    claimed = seed_count_claim(claims)
    places: list[CodePlace] = []

    if claimed is not None:
        found, places = _count_findings(claimed, project, paper_path)
        findings += found
        where = ", ".join(f"{p.path}:{p.line}" for p in places)
        status = ", ".join(sorted({f"{f.rule_id} {'one seed' if f.rule_id == 'SA301' else 'fewer runs'}" for f in found}))
        rows.append({"paper": f"results over {claimed.n} {claimed.unit}", "page": claimed.evidence.page, "code": state,
                     "where": where, "status": status or "consistent"})

    named = claims.values
    if named:
        code_values = _code_seed_values(project)
        evidence = claims.seed_values[0][1]
        row = {"paper": f"seed values {', '.join(map(str, named))}", "page": evidence.page,
               "code": ", ".join(sorted(code_values)[:8]) or "no seed set", "where": "", "status": "consistent"}
        if code_values and not code_values & {str(v) for v in named}:
            place = (_single_seed_places(project) or places or [None])[0]
            findings.append(_finding("SA302", f"the paper names seed(s) {', '.join(map(str, named))}, but the code uses "
                                              f"{', '.join(sorted(code_values)[:6])}", place, evidence, paper_path))
            row.update(status="SA302 different values", where=f"{place.path}:{place.line}" if place else "")
        elif not code_values and project.seed_variation.state == "unseeded":
            place = _first_draw(project)
            if place is not None:
                findings.append(_finding("SA302", f"the paper names seed(s) {', '.join(map(str, named))}, but the code sets "
                                                  "no seed at all, so no run can reproduce them", place, evidence, paper_path,
                                         confidence=Confidence.LOW))
                row.update(status="SA302 code unseeded", where=f"{place.path}:{place.line}")
        rows.append(row)

    best = [f for f in code_findings if f.rule_id == "SA102" and f.confidence >= Confidence.MEDIUM
            and _METRIC.search(f"{f.evidence} {f.message}")]
    if best and not claims.best_of_n:
        evidence = claimed.evidence if claimed is not None else None
        code = CodePlace(best[0].location.path, best[0].location.line or 1, best[0].evidence)
        what = f"reports results over {claimed.n} {claimed.unit}" if claimed else "does not say that the best seed is reported"
        findings.append(_finding("SA303", f"the code keeps the best seed, while the paper {what}", code, evidence, paper_path))
        rows.append({"paper": what, "page": getattr(evidence, "page", None), "code": "keeps the best seed",
                     "where": f"{code.path}:{code.line}", "status": "SA303 mismatch"})

    seeded_claims = [e for e in claims.reproducibility_claim if _SEED_WORD.search(e.text)]
    if seeded_claims:
        bench = _nondeterministic_benchmark(project)
        if bench is not None:
            findings.append(_finding("SA304", "the paper says a fixed seed makes results reproducible, but the code turns on "
                                              "cudnn.benchmark without deterministic algorithms", bench,
                                     seeded_claims[0], paper_path))
            rows.append({"paper": "fixed seed → reproducible", "page": seeded_claims[0].page,
                         "code": "cudnn.benchmark = True", "where": f"{bench.path}:{bench.line}", "status": "SA304 mismatch"})
    if selection is not None:
        findings = [f for f in findings if f.rule_id in selection]
    return findings, rows
