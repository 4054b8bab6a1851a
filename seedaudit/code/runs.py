"""How many seeds each way of running a project uses, and where the code decides it.

One claim ("five seeds on six tasks") can be kept by one task's launcher and broken by another's, so
the project's seed variation is read here per way of running a program, not as one project-wide number:

- a *run* is one way the project runs a program (the program's own defaults, a launcher command, a
  README recipe) with the number of seeds it yields and the line that decides that number (the
  argparse default, the launcher's `--seed 1`, the `--nr_of_seeds 4`, the config `seed: 1`): every
  run (project_runs), and the sweep the project runs of itself (main_sweep);
- where a project runs one seed, the places that decide it (single_seed_places), the seeds that
  per-seed launchers mean to run but never pass on (intended_seeds), the literal seed values the code
  can run (code_seed_values) and its first unseeded draw (first_draw).

The paper cross-check (audit/crosscheck.py) compares these with what a paper claims; every place is a
line to change, with its text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from .engine import skipped_test
from .estimators import SHUFFLING_SPLITTERS
from .facts import FileFacts, Invocation, LaunchFacts, Loop
from .project import ProjectFacts, imported_modules
from .seed_names import is_count_name, is_seed_name, name_tokens
from .seeded import project_families
from .sinks import RNG_FACTORIES, TRAINER_SETTINGS_CLASSES, draw_family
from .sources import SKIP_DIRS, display_path
from .training import STEP_CALLS, starts_program, takes_no_training_step, takes_training_step, trains_nothing
from .variation import (enum_members, evaluates_only, invocation_seeds, loop_has_calls, loop_values, option_field,
                        option_name, program_file, seed_loops, seed_uses)

# programs that prepare data rather than train or evaluate: their seed is no experiment's seed
_PREP = re.compile(r"prepro|prepar|download|convert|tokeni[sz]|split_data|make_data|build_data|extract|merge_weights", re.I)
_LAUNCHERS = ("sh", "job", "make")
# calls that split data: their seed chooses the held-out examples
_SPLITTERS = SHUFFLING_SPLITTERS | {"KFold", "StratifiedKFold", "StratifiedGroupKFold"}
# a data collection's own sampling or shuffling, seeded by keyword (`df.sample(frac=0.5, random_state=1)`,
# `dataset.shuffle(seed=0)`): the seed picks the examples or their order, not the training's draws
_DATA_DRAWS = {"sample": {"random_state"}, "shuffle": {"random_state", "seed"}}
UNKNOWN_COUNT = 10**9  # a sweep whose length the code does not fix (`--seed $1`, `for seed in args.seeds`)
_VARIABLE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_]\w*)=[\"']?(-?\d+)[\"']?\s*(?:#.*)?$")
# options naming what a command loads (a model, a checkpoint, weights) and those naming what it writes (its outputs,
# logs, the label of its run): a value that differs per seed in the first picks another seed's model to work on
_LOADS = {"lm", "model", "ckpt", "checkpoint", "load", "restore", "resume", "pretrained", "weights"}
_WRITES = {"out", "output", "outputs", "save", "log", "logs", "logging", "dump", "result", "results", "write", "dest",
           "report", "pred", "preds", "predictions", "exp", "experiment", "run", "tag", "suffix", "prefix"}
# options that place a run on the machine rather than choose what it computes
_PLACEMENT = {"gpu", "gpus", "device", "devices", "cuda", "cpu", "cpus", "worker", "workers", "port", "rank", "node",
              "nodes", "nproc", "threads", "jobs"}
# switches that turn on a program's search of settings: a sweep or a tuning library alone, a search or tuning of
# hyperparameters (`--grid_search`, `--tune_hparams`); not a fine-tuning or a beam search
_SEARCHES = {"sweep", "hpo", "hyperopt", "optuna"}
_SEARCHED = {"search", "tune", "tuning"}
_OF_SETTINGS = {"grid", "random", "bayesian", "hyper", "hyperparameter", "hyperparameters", "hp", "hparam", "hparams",
                "param", "params"}
# switches that choose what a command does with its program's model: evaluate it (`--do_predict`, `--do_eval`,
# `--eval_only`) or train it (`--do_train`, `--train_only`, `--train`)
_EVALUATES = {"predict", "prediction", "eval", "evaluate", "evaluation", "test", "testing", "inference", "infer"}
_TRAINS = {"train", "training", "finetune", "fit"}
_SWITCH = {"do", "only"}
_ON = ("", "true", "1", "yes")
# files that make a folder a project of its own, installable apart from the one around it
_PACKAGING = ("setup.py", "pyproject.toml", "setup.cfg")


@dataclass(frozen=True)
class CodePlace:
    """A line of code to cite: where it is and what it says."""

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
    search: bool = False  # the command switches on the program's search of settings (`--run_sweep`, `--grid_search`)
    settings: frozenset = frozenset()  # what the command chooses besides its seed (options but seeds, outputs, placement)
    evaluates: bool = False  # the command switches its program to evaluating a trained model only (`--do_predict`)
    repeated: bool = False  # the command sits in a launcher loop (`for net_seed in 1 2 3; do ...`), whatever it varies


def is_preparation(program: str) -> bool:
    """A program that prepares data rather than trains or evaluates (`preprocess.py`): its seed is no experiment's."""
    return bool(_PREP.search(PurePosixPath(program).name))


def launches_no_training(project: ProjectFacts, program: str) -> bool:
    """A program of the project that trains nothing (`training.trains_nothing`) and starts no other program,
    while other programs of the project train: a launcher of it runs no training seeds. A program the project
    does not hold may train."""
    facts = _other_program(project, program)
    return facts is not None and trains_nothing(facts, project)


def evaluates_trained_model(project: ProjectFacts, program: str) -> bool:
    """A program of the project that evaluates a model another program trained: it loads one, or is named for
    evaluating (see variation.evaluates_only), and neither it nor a project module it imports takes a training step;
    it starts no other program, and other programs of the project train. One command of it passing a seed along
    (`python test.py --ckpt runs/seed_11 --seed 11`) runs no training seed."""
    facts = _other_program(project, program)
    return facts is not None and evaluates_only(facts) and takes_no_training_step(facts, project)


def _other_program(project: ProjectFacts, program: str) -> FileFacts | None:
    """The program's facts, when the project holds it, it is none of the project's training programs while some
    program trains, and it starts no other program (`os.system(f"python train.py --seed {seed}")` would)."""
    training = _training_files(project)
    facts = project.files.get(program)
    if training is None or not isinstance(facts, FileFacts) or program in training:
        return None
    if any(starts_program(call) for module in (facts, *imported_modules(facts, project)) for call in module.calls):
        return None
    return facts


# -- lines and options -----------------------------------------------------------------------------
def code_place(project: ProjectFacts, path: str, line: int, fallback: str = "") -> CodePlace:
    """`path:line` with its text (`fallback` where the file's lines are not at hand)."""
    lines = project.lines_of(path)
    return CodePlace(path, line, lines[line - 1].strip() if 0 < line <= len(lines) else fallback)


def _norm(name: str) -> str:
    return option_field(name.strip()).split(".")[-1]


@dataclass(frozen=True)
class _Option:
    path: str
    line: int  # the line of the default where written (argparse `default=` on its own line)
    name: str
    default: Any
    text: str = ""


def _undeclared_option(project: ProjectFacts, name: str) -> _Option | None:
    """An option in a file the code pass skipped (it names no seed): `--num-choices` with `default=1`,
    read from the source only when a seed loop runs `range(num_choices)`."""
    root = getattr(project, "root", None)
    if root is None:
        return None
    spelled = "[-_]".join(re.escape(part) for part in name.split("_"))
    declared = re.compile(rf"""add_argument\(\s*(?:['"]-\w+['"]\s*,\s*)?['"]--{spelled}['"]""")
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


def _field_line(project: ProjectFacts, path: str, line: int, name: str) -> int:
    """A config field's own line (`seed: int = 7`) where its option is placed on the line of its class."""
    lines = getattr(project.files.get(path), "lines", None) or []
    if not 0 < line <= len(lines) or not lines[line - 1].lstrip().startswith("class "):
        return line
    field = re.compile(rf"^\s+{re.escape(name.split('.')[-1])}\s*[:=]")
    return next((number for number in range(line + 1, min(len(lines), line + 300) + 1)
                 if field.match(lines[number - 1])), line)


def _options(project: ProjectFacts) -> list[_Option]:
    """Every CLI option with a literal default, and the seed/count fields and config keys."""
    memo = project.memo.get(("options-with-defaults", ""))
    if memo is not None:
        return memo
    out = []
    for facts in project.python_files():
        for call in facts.calls:
            if call.qualname.rsplit(".", 1)[-1] not in ("add_argument", "add_option", "option"):
                continue
            name = option_name(call)
            default = call.kwargs.get("default")
            if name and default is not None and default.is_literal:
                out.append(_Option(facts.path, call.arg_lines.get("default", call.line), _norm(name), default.value))
    seen = {(o.path, o.name) for o in out}
    for o in [*project.seed_options, *project.count_options]:
        if (o.path, _norm(o.name)) not in seen:
            out.append(_Option(o.path, _field_line(project, o.path, o.line, o.name), _norm(o.name), o.default))
    project.memo[("options-with-defaults", "")] = out
    return out


def _launch_rank(project: ProjectFacts, path: str) -> tuple[int, str, int]:
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


def _file_rank(project: ProjectFacts, path: str) -> tuple:
    return (_launch_rank(project, path), _name_rank(path), path)


def _option_named(project: ProjectFacts, name: str, prefer: str | None = None) -> _Option | None:
    """The option `name` (`num_choices`, `seed`): in `prefer`'s file if declared there, else the most launched."""
    matches = [o for o in _options(project) if o.name == _norm(name)]
    if not matches:
        return None
    return min(matches, key=lambda o: (o.path != prefer, _file_rank(project, o.path), o.line))


def _passed(invocation: Invocation, name: str) -> str | None:
    for key, value in invocation.options.items():
        if _norm(key) == _norm(name):
            return value
    return None


def _words(value: str) -> int:
    words = value.split()
    return len(words) if words and all(re.fullmatch(r"-?\d+", w) for w in words) else 0


def _is_readme(project: ProjectFacts, path: str) -> bool:
    facts = project.files.get(path)
    return getattr(facts, "kind", "") == "readme"


def _overrides(project: ProjectFacts, option: _Option, as_count: bool, program: str) -> list[Run]:
    """Runs where a launcher or README passes a value to this option (to the program, or the file declaring it)."""
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
            out.append(Run(program, count, code_place(project, launch, line, invocation.text), True, source, launch))
    return out


# -- runs ------------------------------------------------------------------------------------------
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


def _iter_runs(core: str, facts: FileFacts, project: ProjectFacts, program: str) -> list[Run]:
    """Runs of a loop over `range(args.n_runs)` or `args.seeds`: the option's default, and what commands pass."""
    match = re.fullmatch(r"(?:range|np\.arange|numpy\.arange)\(\s*(?:-?\d+\s*,\s*)?([\w.\[\]'\"]+)\s*\)", core)
    if match and not re.fullmatch(r"-?\d+", match[1]):
        name = _LAST_NAME.sub(r"\1", match[1])
        option = _option_named(project, name, prefer=facts.path) or _undeclared_option(project, name)
        if option is not None and isinstance(option.default, int) and not isinstance(option.default, bool):
            default = Run(program, option.default, code_place(project, option.path, option.line, option.text), True, "default")
            return [default, *_overrides(project, option, True, program)]
    if re.fullmatch(r"[\w.\[\]'\"]+", core) and not core.isidentifier():
        option = _option_named(project, _LAST_NAME.sub(r"\1", core), prefer=facts.path)
        if option is not None and isinstance(option.default, list):
            default = Run(program, len(option.default), code_place(project, option.path, option.line), True, "default")
            return [default, *_overrides(project, option, False, program)]
    return []


def _comprehension_runs(core: str, loop: Loop, facts: FileFacts, project: ProjectFacts) -> list[Run]:
    """`for run in run_combos` where `run_combos = [(m, s) for m in models for s in range(args.n_seeds)]`."""
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


def _enum_seeds(loop: Loop, project: ProjectFacts) -> dict[str, int]:
    """The members of a project Enum a seed loop iterates (`for member in RunSeed:`): one run per member."""
    core = _core(loop.iter.text) if loop.iter is not None else ""
    return enum_members(project).get(core.rsplit(".", 1)[-1], {}) if re.fullmatch(r"[\w.]+", core) else {}


def _loop_runs(loop: Loop, facts: FileFacts, project: ProjectFacts) -> list[Run]:
    """The runs one Python seed loop yields: its literal count, or the option that sets it and overrides."""
    core = _core(loop.iter.text) if loop.iter is not None else ""
    members = _enum_seeds(loop, project)
    if members:
        return [Run(facts.path, len(members), code_place(project, facts.path, loop.line), True, "default")]
    runs = _iter_runs(core, facts, project, facts.path)
    if not runs and core.isidentifier():
        runs = _comprehension_runs(core, loop, facts, project)
    if runs:
        return runs
    _, count = loop_values(loop, facts, project.seed_options, project.count_options)
    return [Run(facts.path, count or UNKNOWN_COUNT, code_place(project, facts.path, loop.line), True, "default")]


def _python_runs(project: ProjectFacts) -> list[Run]:
    out = []
    for facts in project.python_files():
        for loop in seed_loops(facts, project).values():
            if loop.kind != "comp" and loop_has_calls(loop, facts):
                out += _loop_runs(loop, facts, project)
    return out


def _invocation_run(project: ProjectFacts, launch: LaunchFacts, invocation: Invocation) -> Run | None:
    """How many seeds one launcher command runs, where it passes them; None when it passes none."""
    target = program_file(invocation.program, launch.path, [f.path for f in project.python_files()]) or invocation.program
    source = "readme" if launch.kind == "readme" else "launcher"
    for name, value in invocation.options.items():
        if is_count_name(name) and re.fullmatch(r"\d+", value.strip()):
            line = invocation.option_lines.get(name, invocation.line)
            return Run(target, int(value), code_place(project, launch.path, line, invocation.text), True, source, launch.path)
    name, values, count, line = invocation_seeds(invocation, project)
    if name is None or count == 0:
        return None
    looped = any(ref in invocation.options.get(name, "") for ref in invocation.loop_values)
    covered = _per_seed_models(invocation) if count == 1 and not looped else None
    if covered is not None:
        return Run(target, covered[0], code_place(project, launch.path, covered[1], invocation.text), True, source,
                   launch.path)
    if count >= 2 and not values:  # `--seed $1`, a loop over values the file does not spell out
        count = UNKNOWN_COUNT
    listed = _commented_seeds(launch, values) if count == 1 and not looped else ()
    if listed:  # a template run once per value its comment lists
        count, values = len(listed), listed
    return Run(target, count, code_place(project, launch.path, line, invocation.text), count > 1 or looped or len(values) > 1,
               source, launch.path, _searches(invocation), _settings(invocation), _evaluates_only(invocation),
               bool(invocation.loop_values))


# a launcher comment that lists the values of a seed: `# --seeds = {42, 62, 82}`, `# seed in [1, 2, 3]`
_COMMENTED_SEEDS = re.compile(r"^\s*#+.*?\bseeds?\b\s*(?:=|:|\bin\b)?\s*[\[{(]\s*(-?\d+(?:\s*[,;\s]\s*-?\d+)+)\s*[\]})]",
                              re.I)


def _commented_seeds(launch: LaunchFacts, values: tuple[str, ...]) -> tuple[str, ...]:
    """The seed values a shell launcher's comment lists for the one seed its command passes (`--seed 42` under
    `# --seeds = {42, 62, 82}`): the command is a template the reader runs once per listed value, the passed one
    among them. () when no comment lists two or more values that include it."""
    if launch.kind not in _LAUNCHERS or len(values) != 1:
        return ()
    for text in launch.lines:
        match = _COMMENTED_SEEDS.match(text)
        listed = tuple(dict.fromkeys(re.findall(r"-?\d+", match[1]))) if match else ()
        if len(listed) >= 2 and values[0] in listed:
            return listed
    return ()


def _evaluates_only(invocation: Invocation) -> bool:
    """The command switches its program to evaluating a model (`--do_predict`, `--do_eval`, `--eval_only`) and names
    no switch of training (`--do_train`, whatever its value, `--train_only`, `--train`): its seed decides no training
    run, only the prediction pass over a model that another command trained. A command that names its training
    switch, even turned off (`--do_train $DO_TRAIN` with `DO_TRAIN=False` above it), is a training recipe whose
    switch the reader flips."""
    evaluates = trains = False
    for option, value in invocation.options.items():
        words, value = set(name_tokens(option)), value.strip().lower()
        if words & _TRAINS and (words & _SWITCH or value in _ON):
            trains = True
        elif value in _ON and words & _EVALUATES and words & _SWITCH:
            evaluates = True
    return evaluates and not trains


def _settings(invocation: Invocation) -> frozenset:
    """What a command chooses besides its seed: its options but seed and count options, outputs and placement."""
    chosen = set()
    for option, value in invocation.options.items():
        words = set(name_tokens(option))
        if not (is_seed_name(option) or is_count_name(option) or words & (_WRITES | _PLACEMENT)):
            chosen.add((option, value))
    return frozenset(chosen)


def _searches(invocation: Invocation) -> bool:
    """The command switches on its program's search of settings (`--run_sweep`, `--hpo`, `--grid_search true`)."""
    for option, value in invocation.options.items():
        if value.strip().lower() not in _ON or is_seed_name(option) or is_count_name(option):
            continue
        words = set(name_tokens(option))
        if words & _SEARCHES or words & _SEARCHED and words & _OF_SETTINGS:
            return True
    return False


def _per_seed_models(invocation: Invocation) -> tuple[int, int] | None:
    """A command repeated over a shell loop of seed values that reach it only through the model it loads
    (`for seed in 1 2 3; do python score.py --seed 0 --model_path ckpt/seed$seed; done`): each repetition works on the
    model another seed trained, so the command covers that many seeds though the seed it passes is fixed. A seed
    that reaches only what the command writes (`--output_dir run$seed`) repeats one seed's run. (seeds, loop line)"""
    for variable, values in invocation.loop_values.items():
        line = invocation.loop_lines.get(variable)
        if not is_seed_name(variable) or len(values) < 2 or line is None:
            continue
        # the loop's variable, or one the loop body builds from it (`name=seed${seed}_base`): same loop, as many values
        refs = [ref for ref, each in invocation.loop_values.items()
                if invocation.loop_lines.get(ref) == line and len(each) == len(values)]
        for option, value in invocation.options.items():
            words = set(name_tokens(re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", option)))  # `LMName`: lm, name
            if is_seed_name(option) or words & _WRITES or not words & _LOADS:
                continue
            if any(re.search(rf"\$\{{?{re.escape(ref)}\b", value) for ref in refs):
                return len(values), line
    return None


def _launcher_runs(project: ProjectFacts) -> list[Run]:
    out = []
    for launch in project.launch_files():
        for invocation in launch.invocations:
            run = _invocation_run(project, launch, invocation)
            if run is not None:
                out.append(run)
    return out


def _declared_sweeps(project: ProjectFacts) -> list[Run]:
    """Sweeps the variation pass found that are neither Python loops nor launcher commands (read above)."""
    out = []
    for sweep in project.sweeps:
        from_command = sweep.what == "repeat count" and bool(getattr(project.files.get(sweep.path), "invocations", None))
        if sweep.what in ("python loop", "launcher", "separate runs") or from_command:
            continue
        named = next((o.name for o in project.seed_options if (o.path, o.line) == (sweep.path, sweep.line)), "")
        line = _field_line(project, sweep.path, sweep.line, named) if named else sweep.line  # a config field's own line
        out.append(Run(sweep.program or sweep.path, sweep.count, code_place(project, sweep.path, line, sweep.what), True,
                       "default"))
    for sweep in project.sweeps:  # one program launched with different literal seeds from one file
        if sweep.what == "separate runs":
            source = "readme" if _is_readme(project, sweep.path) else "launcher"
            out.append(Run(sweep.program or sweep.path, sweep.count, code_place(project, sweep.path, sweep.line), True, source,
                           sweep.path))
    return out


def _packages(folder: Path) -> set[str]:
    """The import names a folder's own packaging installs: its package folders, at its top or under src/."""
    names = set()
    for base in (folder, folder / "src"):
        try:
            names |= {d.name for d in base.iterdir() if d.is_dir() and (d / "__init__.py").is_file()}
        except OSError:
            continue
    return names


def library_copies(project: ProjectFacts) -> tuple[Path, ...]:
    """Folders below the root that hold a copy of a library the project's own code imports: a folder with its own
    packaging file (setup.py, pyproject.toml, setup.cfg) installing a package that a Python file outside the folder
    imports by name. What runs there (the library's example launchers, its seed loops and seeds) is the library's,
    not the project's experiments; a command outside it that runs one of its scripts stays the project's."""
    if "library-copies" in project.memo:
        return project.memo["library-copies"]
    root = Path(project.root).resolve() if getattr(project, "root", None) is not None else None
    found: list[Path] = []
    if root is not None:
        folders: dict[Path, bool] = {}
        for name in project.files:
            for parent in Path(name).resolve().parents:
                if parent == root or root not in parent.parents:
                    break
                if parent not in folders:
                    folders[parent] = any((parent / f).is_file() for f in _PACKAGING)
        files = [(Path(f.path).resolve(), f) for f in project.python_files()]
        for folder in sorted(p for p, packaged in folders.items() if packaged):
            names = _packages(folder)
            if names and any(folder not in path.parents and not imp.module.startswith(".") and
                             imp.module.split(".")[0] in names for path, facts in files for imp in facts.imports):
                found.append(folder)
    project.memo["library-copies"] = tuple(found)
    return project.memo["library-copies"]


def in_library_copy(project: ProjectFacts, path: str) -> bool:
    """The file sits in a copy of a library the project imports (library_copies)."""
    copies = library_copies(project)
    return bool(copies) and any(folder in Path(path).resolve().parents for folder in copies)


def project_runs(project: ProjectFacts) -> list[Run]:
    """Every way the project runs a program: Python seed loops, launcher commands, declared sweeps; not those a copy
    of a library kept in the project makes in its own files (its example launchers and loops)."""
    runs = _python_runs(project) + _launcher_runs(project) + _declared_sweeps(project)
    return [r for r in runs if not in_library_copy(project, r.place.path)]


# a Markdown table's cells, and a header cell that names the seed of each row
_CELLS = re.compile(r"^\s*\|(.*)\|\s*$")
_SEED_HEADER = re.compile(r"^(?:random\s+)?seeds?$", re.I)


def documented_seeds(project: ProjectFacts) -> int:
    """The most seeds a README's results table lists, one per row (a column headed `Seed` holding two or more
    distinct whole numbers, rows such as an average's left out); 0 when no README has one. The documentation shows
    the results of each of those seeds, so the project ran them, whatever its commands pass by default."""
    most = 0
    for readme in project.launch_files():
        if readme.kind != "readme" or in_library_copy(project, readme.path):
            continue
        column, values = None, set()
        for text in [*readme.lines, ""]:
            match = _CELLS.match(text)
            if match is None:  # the table ends
                most = max(most, len(values)) if len(values) >= 2 else most
                column, values = None, set()
                continue
            cells = [c.strip().strip("*`") for c in match[1].split("|")]
            if column is None:
                column = next((i for i, c in enumerate(cells) if _SEED_HEADER.match(c)), None)
            elif column < len(cells) and re.fullmatch(r"-?\d+", cells[column]):
                values.add(cells[column])
    return most


def main_sweep(project: ProjectFacts, runs: list[Run]) -> Run | None:
    """The sweep the project runs of itself, of a program no launcher runs: the longest; at equal length a
    program's own default before a documented command, then the most launched and most train-like file."""
    launched = {r.program for r in runs if r.source == "launcher"}
    sweeps = [r for r in runs if r.sweep and r.program not in launched]
    if not sweeps:
        return None
    return min(sweeps, key=lambda r: (-r.count, r.source != "default", _file_rank(project, r.place.path), r.place.line))


# -- one seed, and the seed values -----------------------------------------------------------------
def _experiment_files(project: ProjectFacts) -> list[FileFacts]:
    """The Python files that can run an experiment: test modules fix seeds on purpose and run none (the code
    rules skip them too, unless `check-tests` is set)."""
    return [f for f in project.python_files() if not skipped_test(f.path, project)]


def _training_files(project: ProjectFacts) -> set[str] | None:
    """The files a training program runs: each program that trains (a training call or an optimiser step, in
    it or in a project module it imports) and the project modules it imports; None when no program trains.
    Kept for the project pass: the cross-check asks it once per launcher."""
    if "training-files" not in project.memo:
        out: set[str] = set()
        for facts in _experiment_files(project):
            modules = [facts, *imported_modules(facts, project)]
            if any(takes_training_step(c) for m in modules for c in m.calls):
                out |= {m.path for m in modules}
        project.memo["training-files"] = out or None
    return project.memo["training-files"]


# frameworks whose global generator draws a trained network's initial weights, dropout masks and samples
_FRAMEWORKS = frozenset({"torch", "tensorflow"})
# a gradient step of a program: it trains a network (`loss.backward()`, `optimizer.step()`)
_GRADIENT_STEPS = STEP_CALLS | {"backward"}
# trainers that may seed the framework themselves from their own settings (a Hugging Face Trainer's `seed`
# argument, 42 unless given; any class named so, to be safe): a program that builds one may be seeded
_SEEDING_TRAINERS = re.compile(rf"(?:^|\.)(?:\w*Trainer|\w*{'|'.join(TRAINER_SETTINGS_CLASSES)}|set_seed|seed_everything)$")


def _unseeded_framework(project: ProjectFacts, training: set[str]) -> str | None:
    """A framework the training programs step (they import it and take gradient steps: `loss.backward()`,
    `optimizer.step()`) that no seeding call of the project seeds and no library trainer seeds for them:
    each run then starts from fresh weights and draws, whatever other seeds the code fixes."""
    programs = [facts for path in sorted(training) if isinstance(facts := project.files.get(path), FileFacts)]
    if any(_SEEDING_TRAINERS.search(call.qualname) for facts in programs for call in facts.calls):
        return None
    seeded = project_families(project)
    for facts in programs:
        if skipped_test(facts.path, project) or \
                not any(c.qualname.rsplit(".", 1)[-1] in _GRADIENT_STEPS for c in facts.calls):
            continue
        for imp in facts.imports:
            family = imp.module.split(".")[0]
            if family in _FRAMEWORKS and family not in seeded:
                return family
    return None


def single_seed_places(project: ProjectFacts) -> list[CodePlace]:
    """Where the one seed a project runs is decided, best first: the option default a seed call reads,
    a literal seed, or a seed option a launched program reads and forwards. Only a seed a training program
    applies decides its runs: never one in a test module, nor a data split's `random_state` (the held-out
    examples, not the training's draws), nor the seed a data collection's own sampling or shuffling takes
    (`df.sample(frac=0.5, random_state=1)`, `dataset.shuffle(seed=0)`: which examples, in which order), nor, when
    programs train, one that no training program runs (a
    ranking or plotting script's) unless a launched program forwards it. When no seeding call reads a
    literal or an option default but one reads a value through a parameter or a library (`def order(seed)`
    called with a config's seed), the seed settings that leave the project fixed-only (a config `seed:`, a
    settings class) decide; when there are none and a training program's seeding call reads the value from a
    library's object (a trainer's arguments that no command sets), that call does. An option without a literal
    default (`required=True`) decides nothing: each command chooses the seed, and a README's example command is
    one example, not the project's runs."""
    found: dict[tuple[str, int], tuple[tuple, CodePlace]] = {}
    training = _training_files(project)
    if training is not None and _unseeded_framework(project, training) is not None:
        return []  # the training's own draws are fresh each run: no seed the code fixes makes its runs one

    def add(program: str, origin_rank: int, place: CodePlace, anywhere: bool = False) -> None:
        if training is not None and program not in training and not anywhere:
            return
        if in_library_copy(project, place.path):  # a seed of a library copy's own scripts and modules
            return
        key = (_file_rank(project, program), origin_rank, place.path, place.line)
        if (place.path, place.line) not in found or key < found[(place.path, place.line)][0]:
            found[(place.path, place.line)] = (key, place)

    any_use = untraced = False
    opaque: list[tuple[str, CodePlace]] = []  # seeding calls whose value comes from a library's object
    for facts in _experiment_files(project):
        for use in seed_uses(facts, project):
            any_use = True
            name = use.call.qualname.rsplit(".", 1)[-1]
            if name in _SPLITTERS or use.key in _DATA_DRAWS.get(name, ()):
                continue
            untraced = untraced or use.origin in ("param", "derived", "unknown") or \
                use.origin == "option" and (use.option is None or use.option.default is None)
            if use.origin == "unknown":
                opaque.append((facts.path, code_place(project, facts.path, use.line, use.call.qualname)))
            if use.origin == "option" and use.option is not None and use.option.default is not None:
                option = _option_named(project, use.option.name, prefer=facts.path) or use.option
                add(facts.path, 0, code_place(project, option.path, option.line))
            elif use.origin in ("literal", "constant", "default") and not _local_generator(use, facts):
                add(facts.path, 1, code_place(project, facts.path, use.line, use.call.qualname))
    if not any_use:
        return []
    for option in _options(project):
        facts = project.files.get(option.path)
        if option.default is not None and project.runs.get(option.path) and is_seed_name(option.name) and \
                hasattr(facts, "calls") and _reads(facts, option.name) and not skipped_test(option.path, project):
            add(option.path, 0, code_place(project, option.path, option.line), anywhere=True)
    if not found and untraced and project.seed_variation.state == "fixed-only":
        # a seeding call reads a value through a parameter or a library: the seed settings the code holds
        for path, line, what in project.seed_variation.evidence:
            if what.startswith("seed setting ") and not skipped_test(path, project):
                add(path, 2, code_place(project, path, line), anywhere=True)
    if not found and untraced and project.seed_variation.state == "fixed-only":
        # no seed setting either: the value comes from a library's object that holds one default (a trainer's
        # arguments that no command sets), so the training program's seeding call is where the one seed is applied
        for path, place in opaque:
            if not skipped_test(path, project):
                add(path, 3, place)
    return [place for _, place in sorted(found.values(), key=lambda item: item[0])]


def _local_generator(use, facts: FileFacts) -> bool:
    """A generator made with a fixed seed in a function that takes no training step, kept in a local name that is
    neither returned nor handed to another call (`rng = np.random.RandomState(42); rng.shuffle(samples)` to pick the
    samples a logger shows): its draws end in that function, so its seed decides no run."""
    call = use.call
    if call.qualname not in RNG_FACTORIES or not call.ctx.func or not call.targets or \
            any(not t.isidentifier() for t in call.targets):
        return False
    mine = set(call.targets)
    body = [c for c in facts.calls if c.ctx.func == call.ctx.func]
    return not any(takes_training_step(c) or mine & {n for a in (*c.args, *c.kwargs.values()) for n in a.names}
                   for c in body) and not any(func == call.ctx.func and mine & set(value.names)
                                              for func, value, _ in facts.returns)


def _reads(facts: FileFacts, name: str) -> bool:
    """The file reads `args.<name>` / `cfg["<name>"]` somewhere other than declaring it."""
    pattern = re.compile(rf"""\.{name}\b|\[['"]{name}['"]\]""")
    return any(pattern.search(arg.text) for call in facts.calls for arg in (*call.args, *call.kwargs.values())) or \
        any(pattern.search(a.value.text) for a in facts.assigns)


def intended_seeds(project: ProjectFacts, runs: list[Run]) -> tuple[int, CodePlace] | None:
    """Launchers that each set a shell variable `seed=N` they never pass on: the seeds meant to run."""
    meant: dict[str, tuple[str, int]] = {}
    passing = {r.launch for r in runs if r.source == "launcher"}
    for launch in project.launch_files():
        if launch.kind not in _LAUNCHERS or not launch.invocations or launch.path in passing or \
                in_library_copy(project, launch.path):
            continue
        for number, text in enumerate(launch.lines, 1):
            match = _VARIABLE.match(text)
            if match and is_seed_name(match[1]):
                meant.setdefault(match[2], (launch.path, number))
    if len(meant) < 2:
        return None
    last_value = max(meant, key=int)
    launch, line = meant[last_value]
    place = code_place(project, launch, line)
    names = {PurePosixPath(p).name for p, _ in meant.values()}
    for readme in project.launch_files():
        if readme.kind == "readme" and not in_library_copy(project, readme.path):
            mentions = [n for n, text in enumerate(readme.lines, 1) if any(name in text for name in names)]
            if mentions:
                place = code_place(project, readme.path, max(mentions))
    return len(meant), place


def _dict_seeds(facts: FileFacts) -> set[str]:
    """Seeds inside dict literals: `model_kwargs={"seed": 42}`, `params = {"random_state": 0}`."""
    out = set()
    exprs = [v for call in facts.calls for v in (*call.args, *call.kwargs.values())] + [a.value for a in facts.assigns]
    for expr in exprs:
        if expr.kind == "dict" and isinstance(expr.value, dict):
            out |= {str(v) for k, v in expr.value.items() if isinstance(k, str) and is_seed_name(k) and isinstance(v, int)}
        elif expr.kind == "dict":
            out |= {m[2] for m in re.finditer(r"""['"](\w+)['"]\s*:\s*(-?\d+)\b""", expr.text) if is_seed_name(m[1])}
    return out


def code_seed_values(project: ProjectFacts) -> set[str]:
    """Literal seed values the code can run: option defaults, sweep and launcher values, literal seeds."""
    values = set()
    for option in [*project.seed_options, *_options(project)]:
        if not is_seed_name(option.name):
            continue
        default = option.default
        values |= {str(v) for v in (default if isinstance(default, list) else [default])
                   if isinstance(v, int) and not isinstance(v, bool)}
    for sweep in project.sweeps:
        values |= set(sweep.values)
    for facts in project.python_files():
        values |= {str(v) for loop in seed_loops(facts, project).values() for v in _enum_seeds(loop, project).values()}
    for launch in project.launch_files():
        for invocation in launch.invocations:
            values |= set(invocation_seeds(invocation, project)[1])
    for facts in project.python_files():
        values |= {str(u.value) for u in seed_uses(facts, project) if u.origin in ("literal", "constant", "default")
                   and u.value is not None}
        values |= _dict_seeds(facts)
    return values


def first_draw(project: ProjectFacts) -> CodePlace | None:
    """The first unseeded random draw in the code, for a paper that names seeds the code never sets."""
    for facts in sorted(_experiment_files(project), key=lambda f: (_name_rank(f.path), f.path)):
        for call in facts.calls:
            if draw_family(call.qualname):
                return code_place(project, facts.path, call.line, call.qualname)
    return None
