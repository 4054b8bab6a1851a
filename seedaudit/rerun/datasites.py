"""Which seeding calls of a program build its data: those an injected run keeps (`vary = "training"`).

A claim about a model is about its training seed (initialisation, dropout, batch order) on a fixed
data set: replacing the seed that generates or splits the data too makes every run score different
examples. The program's files (the scripts its command runs and the local modules they import) are
read with the code audit's facts, nothing is run, and a seeding call is a *data seed* when
1. it is a data-splitting or data-making library call given a seed (`train_test_split`, a KFold or
   ShuffleSplit with `random_state`, `sklearn.datasets.make_*`, `random_split`, a dataset's
   `shuffle(seed=)`), or a method of a splitter made that way (`kf.split`);
2. it is made inside a function whose name says it builds data (`make_data`, `load_dataset`,
   `split_data`: a data word and no model word), whatever it calls;
3. it makes a generator (`default_rng`, `RandomState`, `random.Random`, `torch.Generator`, a JAX key)
   whose uses build data (drawn into `X`, `y`, `data`, `train_idx`…, or passed to a data function)
   and never the model (drawn into weights, passed to a model or training call, used in a training
   loop or a model's method). Uses of neither kind leave it kept, and the reason says it was unsure.
Every other seeding call varies: the global seeds (`random.seed`, `np.random.seed`,
`torch.manual_seed`, set_seed and seed_everything helpers), generators that reach the model, an
estimator's `random_state`. A global seed whose RNG the data are drawn from varies the data with it:
that is reported as a note (the program ties the two; `--keep` the seeding call to hold both).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from .keep import Keeping, KeepRule, parse_keep
from .study import Configuration

MAX_FILES = 200  # the scripts and local modules read; a vendored tree beyond that is not followed
_SEED_KEYWORDS = ("random_state", "seed", "generator", "rng")
_SPLITTERS = {"KFold", "StratifiedKFold", "GroupKFold", "ShuffleSplit", "StratifiedShuffleSplit", "GroupShuffleSplit",
              "RepeatedKFold", "RepeatedStratifiedKFold", "StratifiedGroupKFold", "train_test_split"}
_DATA_METHODS = {"shuffle", "train_test_split", "random_split"}  # a dataset's own, with seed= or generator=
_DATA_WORDS = {"data", "dataset", "datasets", "split", "splits", "fold", "folds", "synthetic", "synth", "toy",
               "corpus", "table", "tables"}
_NOT_DATA_FUNCTION = {"init", "weight", "weights", "epoch", "epochs", "batch", "batches", "loader", "step"}
_DATA_TARGETS = {"x", "y", "xs", "ys", "data", "dataset", "train", "test", "val", "valid", "validation", "dev",
                 "features", "feature", "labels", "label", "targets", "inputs", "samples", "points", "table", "df",
                 "rows", "split", "splits", "fold", "folds", "noise"}
_MODEL_TARGETS = {"w", "weight", "weights", "b", "bias", "biases", "theta", "params", "param", "kernel", "layer",
                  "layers", "hidden", "mask", "dropout", "batch", "batches", "minibatch", "init", "model", "net"}


def keeping_for(config: Configuration, workdir: str) -> Keeping:
    """What an injected run of `config` keeps: its --keep rules, then (vary = training) the data seeds."""
    if not config.injected:
        return Keeping()
    found = Keeping(rules=[parse_keep(spec) for spec in config.keep])
    if config.vary == "training":
        data = analyse_program(config, workdir)
        found.rules += data.rules
        found.notes += data.notes
    return found


def analyse_program(config: Configuration, workdir: str) -> Keeping:
    """Read the program `config` runs (from `workdir`) and find its data seeds."""
    root = Path(workdir).resolve()
    found = Keeping()
    for path, facts in _program_facts(entry_files(config, root), root):
        display = _display(path, root)
        loops = _training_loops(facts)
        found.rules += _file_rules(facts, display, loops)
        found.notes += _global_draw_notes(facts, display, loops)
    return found


# --- which files -------------------------------------------------------------------------------------

def entry_files(config: Configuration, root: Path) -> list[Path]:
    """The Python files the command runs: a script argument, or the module after `-m`."""
    parts = config.command[0].split() if config.shell else list(config.command)
    out = []
    for i, part in enumerate(parts):
        if part.endswith(".py"):
            path = Path(part) if Path(part).is_absolute() else root / part
        elif i and parts[i - 1] == "-m":
            path = _module_file(part, [root])
        else:
            continue
        if path is not None and path.is_file():
            out.append(path.resolve())
    return out


def _module_file(module: str, folders: list[Path]) -> Path | None:
    relative = Path(*module.split("."))
    for folder in folders:
        for candidate in (folder / relative.with_suffix(".py"), folder / relative / "__init__.py"):
            if candidate.is_file():
                return candidate
    return None


def _program_facts(entries: list[Path], root: Path) -> Iterator[tuple[Path, object]]:
    """Facts of the entry files and of the local modules they import, transitively (at most MAX_FILES)."""
    from ..code.engine import analyse
    from ..code.sources import load
    from ..config import Config
    from ..errors import CodeInputError

    queue, seen = list(entries), set(entries)
    cap = Config().max_file_bytes
    while queue and len(seen) <= MAX_FILES:
        path = queue.pop(0)
        try:
            facts = analyse(load(path, cap), "")
        except (CodeInputError, OSError):
            continue  # a file that cannot be read holds no site to keep; the run itself will say more
        if facts is None:
            continue
        yield path, facts
        for imported in _local_imports(facts, path, root):
            if imported not in seen:
                seen.add(imported)
                queue.append(imported)


def _local_imports(facts, path: Path, root: Path) -> Iterator[Path]:
    folders = [path.parent, root]
    for imp in facts.imports:
        level = len(imp.module) - len(imp.module.lstrip("."))
        base = [path.parents[level - 1]] if level else folders
        module = imp.module.lstrip(".")
        for name in [module] + [f"{module}.{n}".lstrip(".") for n in imp.names if n != "*"]:
            found = _module_file(name, base) if name else None
            if found is not None and found.resolve().is_relative_to(root):
                yield found.resolve()


def _display(path: Path, root: Path) -> str:
    """As the shim reports a site: relative to the run's folder, else absolute."""
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


# --- which calls -------------------------------------------------------------------------------------

def _words(name: str) -> set[str]:
    from ..code.experiment import words

    return {w.rstrip("0123456789") or w for w in words(name)}


def _data_function(name: str) -> bool:
    """`make_data`, `load_dataset`, `split_data`, `get_folds`: a data word, no model or training-step word."""
    from ..code.experiment import modelish

    found = _words(name)
    return bool(found & _DATA_WORDS) and not found & _NOT_DATA_FUNCTION and not modelish(name)


def _last(qualname: str) -> str:
    return qualname.rsplit(".", 1)[-1]


def _data_api(call) -> bool:
    """A library call that splits or makes data, given a seed."""
    name = _last(call.qualname)
    if call.qualname.startswith("sklearn.datasets.make_"):
        return True
    if name in _SPLITTERS and (call.qualname.startswith("sklearn.") or name == "train_test_split"):
        return _given(call, "random_state")
    return name in _DATA_METHODS and (_given(call, "seed") or _given(call, "generator"))


def _given(call, keyword: str) -> bool:
    return keyword in call.kwargs and call.kwargs[keyword].kind != "none"


def _seeds_something(call) -> bool:
    from ..code.sinks import RNG_FACTORIES, seeder

    return (seeder(call.qualname) is not None or call.qualname in RNG_FACTORIES or _data_api(call)
            or call.qualname.endswith(".manual_seed") or any(k in call.kwargs for k in _SEED_KEYWORDS))


def _file_rules(facts, path: str, loops: set[int]) -> list[KeepRule]:
    rules = []
    for function in facts.functions:
        inside = [c for c in facts.calls if function.line <= c.line <= function.end_line]
        if _data_function(function.name) and any(_seeds_something(c) for c in inside):
            rules.append(KeepRule(f"data seed: in {function.name}(), which builds the data", path,
                                  (function.line, function.end_line)))
    for call in facts.calls:
        if _data_api(call):
            rules.append(KeepRule(f"data seed: {_last(call.qualname)}(...) splits or makes the data", path,
                                  (call.line, call.end_line)))
            rules += [KeepRule(f"data seed: {use.qualname}() of the splitter made at line {call.line}", path,
                               (use.line, use.end_line))
                      for target in call.targets for use in facts.calls if use.qualname.startswith(target + ".")]
        elif _makes_generator(call):
            verdict = _generator_verdict(facts, call, loops)
            if verdict is not None:
                rules.append(KeepRule(verdict, path, (call.line, call.end_line)))
    return rules


def _makes_generator(call) -> bool:
    from ..code.sinks import RNG_FACTORIES, seeder

    seeded = bool(call.args or call.kwargs)
    return seeded and (call.qualname in RNG_FACTORIES or
                       call.qualname.endswith(".manual_seed") and seeder(call.qualname) is None)


def _generator_names(call) -> tuple[str, ...]:
    """The names a generator is bound to: `rng = default_rng(7)`, or `g` of `g.manual_seed(7)`."""
    if call.targets:
        return call.targets
    receiver = call.qualname.rpartition(".")[0]
    return (receiver,) if call.qualname.endswith(".manual_seed") and re.fullmatch(r"[\w.]+", receiver) else ()


def _in_scope(use, call, name: str) -> bool:
    scope = call.ctx.func
    if name.startswith("self."):
        scope = scope.split(".")[0]  # an attribute lives as long as its object: the class's methods
    return use.ctx.func == scope or use.ctx.func.startswith(scope + ".") or not scope


def _mentions(expr, name: str) -> bool:
    return name in expr.names if "." not in name else re.search(rf"\b{re.escape(name)}\b", expr.text) is not None


def _uses(facts, call) -> list:
    names = _generator_names(call)
    if not names:  # made and used in one expression: `default_rng(7).normal(...)`
        return [c for c in facts.calls if c is not call and c.line <= call.line and c.end_line >= call.end_line
                and (c.line, c.col) < (call.line, call.col)][-1:]
    out = []
    for use in facts.calls:
        if use is call or use.line < call.line:
            continue
        for name in names:
            if _in_scope(use, call, name) and (use.qualname.startswith(name + ".")
                                                or any(_mentions(a, name) for a in (*use.args, *use.kwargs.values()))):
                out.append(use)
                break
    return out


def _training_loops(facts) -> set[int]:
    from ..code.experiment import is_train

    return {loop_id for c in facts.calls if is_train(c) for loop_id in c.ctx.loops}


def _use_kind(use, facts, training_loops: set[int]) -> str:
    """"model", "data" or "" (neither) for one use of a generator."""
    from ..code.experiment import is_train, modelish
    from ..code.sinks import layer_family

    targets = set().union(*(_words(t.split(".")[-1]) for t in _targets(facts, use)))
    function = use.ctx.func
    if (is_train(use) or layer_family(use.qualname) or modelish(_last(use.qualname)) or targets & _MODEL_TARGETS
            or set(use.ctx.loops) & training_loops or (function and (modelish(function) or _trains(function)))):
        return "model"
    if (_data_api(use) or _data_function(_last(use.qualname)) or targets & _DATA_TARGETS
            or any(_data_function(part) for part in function.split(".") if part)):
        return "data"
    return ""


def _targets(facts, use) -> tuple[str, ...]:
    """What a call's value is assigned to, or (nested in an expression) what the statement assigns."""
    if use.targets:
        return use.targets
    outer = [c for c in facts.calls if c.targets and c.line <= use.line and c.end_line >= use.end_line
             and (c.line, c.col) <= (use.line, use.col)]
    return outer[0].targets if outer else ()


def _trains(function: str) -> bool:
    return bool(_words(function) & {"train", "fit", "forward", "step", "epoch", "optimize", "optimise", "learn"})


def _generator_verdict(facts, call, loops: set[int]) -> str | None:
    """The reason to keep a generator that makes data, or None when it reaches the model (or nothing)."""
    if call.ctx.func and (_trains(call.ctx.func) or any(_data_function(p) for p in call.ctx.func.split("."))):
        return None  # made while training (varies), or inside a data function (that rule keeps it)
    uses = _uses(facts, call)
    kinds = [(_use_kind(use, facts, loops), use) for use in uses]
    if not kinds or any(kind == "model" for kind, _ in kinds):
        return None
    data = [use for kind, use in kinds if kind == "data"]
    if not data:
        return None
    first = data[0]
    what = f"{', '.join(_targets(facts, first))} = " if _targets(facts, first) else ""
    unsure = list(dict.fromkeys(use.line for kind, use in kinds if not kind))
    doubt = f"; unsure: also used at line {', '.join(map(str, unsure[:3]))}, kept" if unsure else ""
    return f"data seed: the generator builds the data ({what}{first.qualname}(...) at line {first.line}){doubt}"


def _global_draw_notes(facts, path: str, loops: set[int]) -> list[str]:
    """Data drawn from a global RNG that a varied seed seeds: the data change with the training seed."""
    from ..code.sinks import draw_family, seeder

    seeded = {}
    for call in facts.calls:
        found = seeder(call.qualname)
        if found is not None and not any(_data_function(part) for part in call.ctx.func.split(".") if part):
            seeded.update(dict.fromkeys(found[0], call))
    notes = []
    for call in facts.calls:
        family = draw_family(call.qualname)
        if family in seeded and call.line > seeded[family].line and _use_kind(call, facts, loops) == "data":
            seed = seeded[family]
            notes.append(f"{path}:{call.line} draws the data from the global {family} RNG, which the training seed "
                         f"{seed.qualname} at line {seed.line} seeds: the data change with it (--keep {path}:"
                         f"{seed.line} holds both)")
            break
    return notes
