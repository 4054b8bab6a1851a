"""SA101 single-seed comparison: compared runs that all stand on one fixed seed.

A comparison is several models/methods trained in one loop, or one entry point launched with several
models or configurations. It stands on one seed when every side runs under the same fixed seed and
nothing in the project varies it; it is asymmetric when one side gets several seeds and another one.
"""
from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Iterator

from ..estimators import estimator_comparison
from ..experiment import MODEL_WORDS, inside_loops, is_train, modelish, words
from ..facts import Call, Expr, FileFacts, Invocation, LaunchFacts, Loop
from ..seeded import imported_modules
from ..seed_names import is_count_name, is_seed_name
from ..variation import SeedUse, invocation_seeds, model_per_seed, seed_loops, seed_uses, sweeps_for
from . import SHELL, Hit, check

_CONFIG_WORDS = {"cfg", "config", "configs", "conf", "config_file", "config_path", "yaml", "exp", "experiment"}
_STAGE = re.compile(r"(?<![a-z])(?:prep|process|download|eval|test|infer|predict|plot|vis|collect|aggregat|summar|analy|extract|"
                    r"convert|export|setup|install|generate|split|feature|find|search|tune|gather|report|score|demo)",
                    re.IGNORECASE)  # at a word's start: `finetune` trains
_NOT_TRAINING = re.compile(r"^(eval|evaluate|eval_only|test|test_only|inference|predict|demo|visuali[sz]e|export|h|help|version)$")
_FIXED = ("literal", "constant", "helper-default")
# callees and seed arguments that fix the data rather than the training run
_DATA_SEED_CALL = re.compile(r"split|fold|sampl|shuffle|^make_[a-z]+$|dataset", re.IGNORECASE)
_DATA_SEED_KEY = re.compile(r"split|data|fold|sampl|shuffle|partition", re.IGNORECASE)


# -- comparisons -----------------------------------------------------------------------------------
def loop_comparison(facts: FileFacts, seeded: dict[int, Loop]) -> Loop | None:
    """A loop over models/methods/optimisers whose body trains, outside every seed loop and repeat loop."""
    training = {loop_id for call in facts.calls if is_train(call) for loop_id in call.ctx.loops}
    for loop in facts.loops:
        if loop.kind == "while" or loop.id in seeded or inside_loops(loop.ctx.loops, seeded):
            continue
        iterable = re.sub(r"""(['"]).*?\1""", " ", loop.iter.text) if loop.iter is not None else ""
        if not modelish(" ".join(loop.targets) + " " + iterable):
            continue
        if any(facts.loops[i].iter is not None and any(is_count_name(n) for n in re.findall(r"\w+", facts.loops[i].iter.text))
               for i in loop.ctx.loops):
            continue
        if loop.id in training:
            return loop
    for loop in facts.loops:
        if loop.kind != "for" or loop.id in seeded or inside_loops(loop.ctx.loops, seeded):
            continue
        if parameterises_training(facts, loop):
            return loop
    return None


def _call_names(call: Call) -> set[str]:
    return {n for a in (*call.args, *call.kwargs.values()) for n in a.names}


def _literal_collection(facts: FileFacts, iterable: Expr) -> bool:
    """A list, tuple or dict written in the code (directly, or bound to the name the loop reads)."""
    if iterable.kind in ("list", "dict"):
        return True
    name = re.sub(r"^enumerate\((.*)\)$", r"\1", iterable.text.strip())
    name = re.sub(r"\.(?:items|values|keys)\(\)$", "", name)
    return any(a.value.kind in ("list", "dict") and any(t.text == name for t in a.targets) for a in facts.assigns)


def parameterises_training(facts: FileFacts, loop: Loop) -> bool:
    """A loop over settings (configs, ablations, methods: dicts, strings or tuples) whose items reach a training
    call in its body, directly or through what a call built from them (`model = build(cfg); train(model)`); a
    loop over data, counts or repeats is none."""
    if loop.iter is None or words(" ".join(loop.targets) + " " + re.sub(r"""(['"]).*?\1""", " ", loop.iter.text)) \
            & (_DATA_WORDS | _BOOKKEEPING_WORDS) or any(is_count_name(n) for n in (*loop.targets, *loop.iter.names)) \
            or re.match(r"^(?:range|enumerate\(range)\(", loop.iter.text):
        return False
    if not _literal_collection(facts, loop.iter):
        return False  # batches, examples, files: not a list of settings written in the code
    reach = {t for target in loop.targets for t in re.findall(r"\w+", target)}
    body = [c for c in facts.calls if loop.id in c.ctx.loops and not c.qualname.endswith(("backward", ".step"))]
    for call in body:  # one hop: names built from the loop's items
        if _call_names(call) & reach and not is_train(call):
            reach |= set(call.targets)
    return any(is_train(c) and (_call_names(c) & reach or c.qualname.split(".")[0] in reach) for c in body)


# option and config-key words that say where a run reads its data, or only how and where it runs
_DATA_WORDS = {"data", "dataset", "datasets", "task", "tasks", "domain", "domains", "corpus", "lang", "language",
               "languages", "env", "envs", "environment", "game", "fold", "folds", "split", "subset", "benchmark",
               # how much of it: a label fraction or a few-shot budget is another data regime
               "label", "labels", "labeled", "labelled", "perc", "percent", "percentage", "fraction", "frac", "shot",
               "shots", "samples"}
_BOOKKEEPING_WORDS = {"out", "output", "outdir", "outputs", "log", "logs", "logdir", "logging", "save", "dir", "path",
                      "root", "name", "tag", "wandb", "project", "gpu", "gpus", "device", "devices", "cuda", "port",
                      "workers", "worker", "resume", "ckpt", "checkpoint", "cache", "verbose", "print", "freq",
                      "interval", "batch", "nodes", "nproc", "accum", "rank", "world", "master", "addr", "host", "id",
                      # a run's index in a repeat loop (`--iter $j`, `--trial 3`): a repeat, not a configuration
                      "iter", "run", "trial", "trials", "rep", "repeat", "idx", "index", "time", "times"}

_GENERIC_KEYS = {"name", "type", "kind", "id"}
# a value naming a file: two runs differ through what the files hold, read only where they are in the project
_FILE_VALUE = re.compile(r"[/\\]|\.(?:ya?ml|json|py|pth?|ckpt|bin|txt|csv)$")


def setting_role(name: str) -> str:
    """What an option or config key sets: "data" (which data is run), "bookkeeping" (where a run writes, which
    device, its batch per device) or "setting" (anything that changes the trained model: architecture,
    ablation switch, loss, learning rate, width). A dotted config key is read by its last part, a generic one
    (`model.name`, `dataset.type`) by the section it sits in."""
    parent, _, leaf = name.lower().rpartition(".")
    if leaf in _GENERIC_KEYS:
        section = words(parent)
        return "data" if section & _DATA_WORDS else "setting" if section & MODEL_WORDS else "bookkeeping"
    tokens = words(leaf)
    if tokens & _DATA_WORDS:
        return "data"
    if tokens & MODEL_WORDS:
        return "setting"
    if tokens & _BOOKKEEPING_WORDS or is_seed_name(name) or is_count_name(name):
        return "bookkeeping"
    return "setting"


def _settings_compared(a: dict[str, object], b: dict[str, object], project) -> bool:
    """Two runs, described by their settings, compare configurations: on the same data, they differ in a
    setting that changes the trained model (directly, or through the config files they name)."""
    differing = [k for k in set(a) | set(b) if _differs(a, b, k)]
    if any(setting_role(k) == "data" for k in differing):
        return False  # other data: the runs are not two sides of one comparison
    for key in differing:
        if setting_role(key) != "setting":
            continue
        if key not in a or key not in b or not words(key) & _CONFIG_WORDS and not _FILE_VALUE.search(str(a[key])):
            return True
        config_a, config_b = _config_settings(project, str(a[key])), _config_settings(project, str(b[key]))
        if config_a is not None and config_b is not None and _settings_compared(config_a, config_b, project):
            return True
    return False


def _differs(a: dict[str, object], b: dict[str, object], key: str) -> bool:
    """A setting given different values in both runs, or a switch (`--no_crf`) given in one only; a valued option
    left out of one run may well run at the value the other passes."""
    if key in a and key in b:
        return a[key] != b[key]
    value = a.get(key, b.get(key))
    return value == "" or value is True


def _config_settings(project, value: str) -> dict[str, object] | None:
    """The settings of the config file an option names (None when the file is not in the project)."""
    wanted = value.strip("'\"").lstrip("./")
    for launch in project.launch_files():
        if launch.kind in ("yaml", "json") and wanted and (launch.path.endswith(wanted) or wanted.endswith(launch.path.lstrip("./"))):
            return {k: v for k, v, _ in launch.settings}
    return None


def resolved_options(invocation: Invocation) -> dict[str, str]:
    """The launch's options with each variable of an enclosing one-value shell loop read as its value
    (`for gl in True; do … --gl $gl` passes True)."""
    fixed = {ref: values[0] for ref, values in invocation.loop_values.items() if len(values) == 1}
    if not fixed:
        return invocation.options
    pattern = re.compile(r"\$\{?(" + "|".join(map(re.escape, fixed)) + r")\b\}?")
    return {k: pattern.sub(lambda m: fixed[m.group(1)], v) for k, v in invocation.options.items()}


def differs_in_model(a: Invocation, b: Invocation, project) -> bool:
    """Two launches of one program that compare configurations (an option, or the configs they name)."""
    return _settings_compared(resolved_options(a), resolved_options(b), project)


def varies_setting(invocation: Invocation) -> bool:
    """One launch line that runs several configurations: a setting fed by a shell loop over two or more
    values (`for a in 0 1 2 3; do python train.py --ablation $a`)."""
    for name, value in invocation.options.items():
        if setting_role(name) != "setting" or words(name) & _CONFIG_WORDS:
            continue
        for ref, values in invocation.loop_values.items():
            if ("$" + ref in value or "${" + ref in value) and len(values) != 1:
                return True
    return False


def trains(invocation: Invocation) -> bool:
    """Not an evaluation, test or demo run of a trained model (`--eval`, `--test_only`, …)."""
    return not any(_NOT_TRAINING.match(name.lower().replace("-", "_")) for name in invocation.options)


def launched_comparison(facts: FileFacts, project) -> tuple[str, Invocation] | None:
    """Launch lines elsewhere in the project that run this file with different models and pass no seed."""
    runs = [(path, inv) for path, inv in project.runs.get(facts.path, []) if trains(inv) and invocation_seeds(inv)[2] == 0]
    for i, (path, first) in enumerate(runs):
        if varies_setting(first) or any(differs_in_model(first, second, project) for _, second in runs[i + 1:]):
            return path, first
    return None


def compared_launches(invocations: list[Invocation], project) -> bool:
    """Launches that run several configurations of one program: a loop-fed setting, or two lines that differ."""
    return any(varies_setting(a) or any(differs_in_model(a, b, project) for b in invocations[i + 1:] if a.program == b.program)
               for i, a in enumerate(invocations))


# -- SA101 -----------------------------------------------------------------------------------------
def fixed_uses(facts: FileFacts, project) -> list[SeedUse]:
    """Seeds applied with one fixed value (literal, constant, helper default, or an option nobody varies)."""
    seeded = seed_loops(facts, project)
    swept_project = project.seed_variation.state == "swept"
    out = []
    for use in seed_uses(facts, project):
        if inside_loops(use.call.ctx.loops, seeded):
            continue
        if use.origin in _FIXED or use.origin == "option" and use.value is not None and not swept_project \
                and isinstance(use.value, int):
            out.append(use)
    return out


def data_seed(use: SeedUse) -> bool:
    """A seed that fixes the data (a split, fold assignment, sampler or generated data set): every compared model
    shares it by design, so it is not the seed their comparison rests on."""
    return bool(_DATA_SEED_CALL.search(use.call.qualname.rsplit(".", 1)[-1]) or _DATA_SEED_KEY.search(use.key))


def training_values(facts: FileFacts, project) -> list[object]:
    """The fixed training seeds (not data seeds) of this file, or else of the project modules it imports (the
    models built, seeded, in a helper module), first applied first."""
    for source in (facts, *imported_modules(facts, project)):
        found = sorted((u for u in fixed_uses(source, project) if not data_seed(u)), key=lambda u: u.line)
        if found:
            return [u.value for u in found]
    return []


def anchor_use(uses: list[SeedUse], values: list[object], loop: Loop | None = None) -> SeedUse | None:
    """Where the compared runs' seed is fixed here: its reset inside the compared loop, else the first place the
    training seed's value is applied (a split given that same value included); None when this file applies
    only data seeds of another value."""
    inside = [u for u in uses if loop is not None and loop.id in u.call.ctx.loops and not data_seed(u)]
    if inside:
        return min(inside, key=lambda u: u.line)
    return min((u for u in uses if u.value == values[0]), key=lambda u: u.line, default=None)


def python_comparison(facts: FileFacts, project) -> tuple[int, str, list[tuple[str, int, str]]] | None:
    """(anchor line, message, related) when this file compares models under one fixed seed."""
    if any(s.path != facts.path or s.program == facts.path for s in sweeps_for(project, facts.path)):
        return None
    uses = fixed_uses(facts, project)
    values = training_values(facts, project) if uses else []
    if not values:
        return None
    seeded = seed_loops(facts, project)
    if any(u.origin in ("loop", "env", "time") for u in seed_uses(facts, project) if not inside_loops(u.call.ctx.loops, seeded)):
        return None
    loop = loop_comparison(facts, seeded)
    if loop is not None:
        anchor = anchor_use(uses, values, loop)
        site = f"the loop at line {loop.line}"
        related = [(facts.path, loop.line, loop.iter.text if loop.iter is not None else "")]
    elif (estimators := estimator_comparison(facts, uses, seeded)):
        anchor = estimators[0]
        where = "this notebook" if facts.kind == "ipynb" else "this file"
        site = f"{where} ({len(estimators)} estimators built with random_state={anchor.value})"
        related = [(facts.path, u.line, facts.snippet(u.call.line).strip()[:200]) for u in estimators[1:]]
    else:
        launched = launched_comparison(facts, project)
        if launched is None:
            return None
        anchor = anchor_use(uses, values)
        path, invocation = launched
        site = f"the runs launched from {path}:{invocation.line}"
        related = [(path, invocation.line, invocation.text[:200])]
    if anchor is None:
        return None
    value = f" {anchor.value}" if anchor.value is not None else ""
    message = (f"every model compared in {site} runs under the one fixed seed{value} set here, and nothing in the "
               "project varies it: the ranking may be the seed's, not the models'")
    return anchor.line, message, related


@check("SA101")
def single_seed_comparison(facts, project, config) -> Iterator[Hit]:
    found = python_comparison(facts, project)
    if found is not None:
        line, message, related = found
        yield Hit(line, message, related=related)


def program_name(invocation: Invocation) -> str:
    return invocation.program.rsplit("/", 1)[-1]


def training_program(invocation: Invocation, project) -> bool:
    """A launch that trains: not a pipeline stage (prepare, evaluate, plot, …) nor an evaluation run. A stage that
    loads the model trained under the seed it is passed (`torch.load(f"{model}-{seed}.pt")`) stands for that
    training run: its seeds are the trained models'."""
    if not trains(invocation):
        return False
    if not _STAGE.search(program_name(invocation).removesuffix(".py")):
        return True
    return any(isinstance(project.files.get(path), FileFacts) and model_per_seed(project.files[path])
               for path in _files([invocation], project))


def launch_seeds(facts: LaunchFacts) -> list[tuple[Invocation, str | None, tuple[str, ...], int, int]]:
    return [(inv, *invocation_seeds(inv)) for inv in facts.invocations]


def _baseline_partner(group: list[Invocation], value: str, project) -> str | None:
    """For a baseline launched at one seed: another entry point of the project fixed at that same seed."""
    if not any("baseline" in program_name(inv).lower() for inv in group):
        return None
    launched = {inv.program.lstrip("./") for inv in group}
    for other in project.python_files():
        if not other.has_main_guard or any(other.path.endswith(p) for p in launched) or sweeps_for(project, other.path):
            continue
        if any(str(u.value) == value for u in fixed_uses(other, project)):
            return other.path
    return None


def _fixed_groups(facts: LaunchFacts, project) -> dict[str, list[tuple[Invocation, int]]] | None:
    """A launch file's training launches at one fixed seed, by seed value (None when some run several seeds)."""
    runs = [r for r in launch_seeds(facts) if training_program(r[0], project)]
    if any(count >= 2 for *_, count, _ in runs):
        return None  # several seeds for some runs: a budget question (SA103), not a single seed
    by_value: dict[str, list[tuple[Invocation, int]]] = {}
    for inv, name, values, count, line in runs:
        if count == 1 and values:
            by_value.setdefault(values[0], []).append((inv, line))
    return by_value


@check("SA101", kinds=SHELL)
def launcher_single_seed(facts: LaunchFacts, project, config) -> Iterator[Hit]:
    """Launches of several models or configurations at one seed, nothing running them at another: one finding
    per launch file taking part, where it passes the seed, the launch lines of the other files related. Launch
    files that each run one side (`run_a.sh`, `run_b.sh`) at one seed compare together; a side run at one seed
    while a sibling launch file runs a configuration it is compared with over several is a comparison on one
    draw of that side (the same unequal budget inside one launch file is SA103's)."""
    by_value = _fixed_groups(facts, project)
    if not by_value:
        return
    siblings = [(f, g) for f in project.launch_files() if f is not facts and f.kind in SHELL
                for g in [_fixed_groups(f, project)] if g]
    for value, group in by_value.items():
        invocations = [inv for inv, _ in group]
        if _swept_alike(invocations, project):
            continue
        others = [(f, g[value]) for f, g in siblings if value in g and not _swept_alike([inv for inv, _ in g[value]], project)]
        compared = compared_launches(invocations, project)
        joined = [(f, runs) for f, runs in others if compared_launches(invocations + [inv for inv, _ in runs], project)
                  and (compared or compared_launches([inv for inv, _ in runs], project)
                       or any(inv.program == o.program for inv in invocations for o, _ in runs))]
        rival = None if compared or joined else _swept_rival(facts, invocations, project)
        partner = None if compared or joined or rival else _baseline_partner(invocations, value, project)
        if rival is not None:
            where, launch, count = rival
            yield Hit(group[0][1], f"this configuration runs under the one seed {value} while {where.path} runs a "
                                   f"configuration it is compared with over {count} seeds: this side of the comparison "
                                   "rests on one draw", related=[(where.path, launch.line, launch.text[:200])])
            return
        if not compared and not joined and partner is None:
            continue
        site = "these launches" if compared or joined else f"this baseline and {partner}"
        related = [(f.path, line, inv.text[:200]) for f, runs in joined for inv, line in runs[:1]]
        also = f" (with {', '.join(f.path for f, _ in joined)})" if joined else ""
        yield Hit(group[0][1], f"{site}{also} compare models or configurations under the one seed {value} and nothing "
                               "in the project runs another: one draw per model decides the comparison", related=related)
        return


def _swept_alike(invocations: list[Invocation], project) -> bool:
    """A sweep varies the seed of these runs: one aimed at their program, unless it is a launch of another
    configuration or other data (that gives those runs several seeds, not these)."""
    for program in _files(invocations, project):
        for sweep in sweeps_for(project, program):
            launch = next((inv for path, inv in project.runs.get(program, ()) if path == sweep.path
                           and invocation_seeds(inv)[2] >= 2 and invocation_seeds(inv)[3] == sweep.line), None)
            if launch is None or any(_same_configuration(launch, inv) for inv in invocations):
                return True
    return False


def _same_configuration(a: Invocation, b: Invocation) -> bool:
    """Two launches that differ in no setting and no data (only in seed, output folder, device, …)."""
    first, second = resolved_options(a), resolved_options(b)
    return not any(_differs(first, second, key) and setting_role(key) != "bookkeeping" for key in set(first) | set(second))


def _swept_rival(facts: LaunchFacts, invocations: list[Invocation], project) -> tuple[LaunchFacts, Invocation, int] | None:
    """Another launch file that runs the same program as these runs over several seeds, in a configuration they
    are compared with: (that file, its launch, how many seeds)."""
    for other in project.launch_files():
        if other is facts or other.kind not in SHELL:
            continue
        for launch, _, _, count, _ in launch_seeds(other):
            if count >= 2 and training_program(launch, project) and any(
                    _same_program(launch, other, inv, facts, project) and differs_in_model(launch, inv, project)
                    for inv in invocations):
                return other, launch, count
    return None


def _same_program(a: Invocation, a_file: LaunchFacts, b: Invocation, b_file: LaunchFacts, project) -> bool:
    """Two launches run one program: the same project file, or (when neither is in the project) the same script
    name from the same folder."""
    files_a, files_b = _files([a], project), _files([b], project)
    if files_a or files_b:
        return bool(files_a & files_b)
    return a.program == b.program and PurePosixPath(a_file.path).parent == PurePosixPath(b_file.path).parent


def _files(invocations: list[Invocation], project) -> set[str]:
    return {path for path, runs in project.runs.items() for _, inv in runs if inv in invocations}


def _config_seed(facts: LaunchFacts) -> tuple[str, int, int] | None:
    """(key, value, line) of a config's own fixed seed (not a sweep definition)."""
    for key, value, line in facts.settings:
        parts = key.split(".")
        if is_seed_name(parts[-1]) and isinstance(value, int) and not isinstance(value, bool) \
                and not {"parameters", "sweeper", "params"} & set(parts) and not _DATA_SEED_KEY.search(key):
            return key, value, line
    return None


def _named_by_launch(config: LaunchFacts, project) -> bool:
    """A launch line of the project names this config file (`--config configs/x.yaml`)."""
    path = config.path.lstrip("./")
    for launch in project.launch_files():
        for inv in getattr(launch, "invocations", ()):
            if any(v and (path.endswith(v.strip("'\"").lstrip("./")) or v.strip("'\"").lstrip("./").endswith(path))
                   and _FILE_VALUE.search(v) for v in inv.options.values()):
                return True
    return False


def config_group(facts: LaunchFacts, project) -> list[tuple[LaunchFacts, tuple[str, int, int]]]:
    """The configs of the project that configure other models with this config's fixed seed, this one first
    (empty when there are none)."""
    own = _config_seed(facts)
    if own is None or not {k: v for k, v, _ in facts.settings if modelish(k)}:
        return []
    group = [(facts, own)]
    models = [{k: v for k, v, _ in facts.settings if modelish(k)}]
    for other in project.launch_files():
        if other is facts or other.kind not in ("yaml", "json"):
            continue
        theirs = _config_seed(other)
        if theirs is None or theirs[1] != own[1]:
            continue
        other_models = {k: v for k, v, _ in other.settings if modelish(k)}
        if other_models and other_models not in models:
            group.append((other, theirs))
            models.append(other_models)
    return group if len(group) >= 2 else []


@check("SA101", kinds=("yaml", "json"))
def config_single_seed(facts: LaunchFacts, project, config) -> Iterator[Hit]:
    """Configs of several models that all carry the same fixed seed, with no sweep in the project: one finding for
    the group, at the config a launch line names (else the first by path), the other configs as related."""
    if project.seed_variation.state == "swept":
        return
    group = config_group(facts, project)
    if not group:
        return
    telling = min(group, key=lambda g: (not _named_by_launch(g[0], project), g[0].path))
    if telling[0] is not facts:
        return
    key, value, line = telling[1]
    others = [g for g in group if g[0] is not facts]
    names = ", ".join(g[0].path for g in others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
    yield Hit(line, f"{names} configure{'s' if len(others) == 1 else ''} other models with the same fixed seed {value}, "
                    "and nothing in the project runs other seeds: the models are compared on one draw each",
              related=[(g[0].path, g[1][2], f"{g[1][0]}: {g[1][1]}") for g in others])
