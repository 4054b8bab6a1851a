"""Seed variation at repository level: which seeds a project can run, and how many it does run.

A seed option is capacity, not variation: its default is what runs unless something in the project
passes other values (a launcher loop, a multirun, a seed list in a config, a `--repeat` count, a loop
in the code). Code that never fixes a seed draws a fresh one per run, which is variation too. The
result is one fact per project, `unseeded | fixed-only | capacity-only | swept(n, values)`, with the
places it rests on; the experiment-structure rules and the paper cross-check read it.
"""
from __future__ import annotations

import ast
import bisect
import functools
import posixpath
import re
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from .experiment import fits, repeat_loop
from .facts import Assign, Call, Context, Expr, FileFacts, Function, Invocation, LaunchFacts, Loop
from .grid_seeds import grid_seed
from .guards import runs_at_default
from .launchers import hydra_values
from .option_roles import one_configuration
from .seed_facts import CountOption, SeedOption, SeedVariation, Sweep
from .project import imported_bindings, imported_modules
from .seed_names import is_count_name, is_evaluation_seed_name, is_search_seed_name, is_seed_name, name_tokens
from .sinks import RANDOM_ESTIMATORS, RNG_FACTORIES, seeder, trainer_settings_default, unset
from .toolkits import toolkit_of
from .stacked_configs import SEED_KEY, cli_entry, cli_seed, named_config_seed

if TYPE_CHECKING:
    from .project import ProjectFacts

# -- the records -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SeedUse:
    """A call that applies a seed, and where its value comes from."""

    call: Call
    origin: str  # literal constant default (the callee's own) option env loop derived param time unknown
    value: Any = None
    option: SeedOption | None = None
    key: str = ""  # which argument carries the seed ("0", "random_state", …)
    written: int = 0  # the line its one value is written on, when elsewhere (`SEEDS = [8]` of a one-value loop)

    @property
    def line(self) -> int:
        """Where the seed is passed: the seed argument's own line in a call written over several lines, or where
        the one value of a one-value loop is written."""
        return self.written or self.call.arg_lines.get(self.key, self.call.line)


# -- seed options in Python ----------------------------------------------------------------------
_OPTION_CALLS = ("add_argument", "add_option", "option", "DEFINE_integer", "DEFINE_int", "DEFINE_list")


def option_shorthands(facts: FileFacts) -> set[str]:
    """Names a file binds an option-adding method to (`arg = parser.add_argument`) and adds options through:
    `arg("--seed", type=int, default=3)` adds the option as `parser.add_argument(...)` does."""
    return {t.text for a in facts.assigns if a.value.kind == "attr" and a.value.text.rsplit(".", 1)[-1] in _OPTION_CALLS
            for t in a.targets if t.kind == "name"}


def option_aliases(facts: FileFacts) -> dict[str, str]:
    """Every spelling of the file's options (`-m`, `--m`, `--model`, without dashes) → the option's name (`model`)."""
    bound = option_shorthands(facts)
    out: dict[str, str] = {}
    for call in facts.calls:
        if call.qualname.rsplit(".", 1)[-1] in _OPTION_CALLS or call.qualname in bound:
            name = option_name(call)
            for arg in call.args:
                if name and arg.kind == "str" and isinstance(arg.value, str) and arg.value.startswith("-"):
                    out[option_field(arg.value)] = name
    return out


def option_field(spelling: str) -> str:
    """The attribute argparse keeps an option under (`--train-seed` → `train_seed`), as `args.train_seed` reads it."""
    return spelling.lstrip("-").replace("-", "_")


def option_name(call: Call) -> str | None:
    """The option's name: argparse's dest, click's parameter, absl's flag (given first or as `name=`)."""
    names = [a.value for a in call.args if a.kind == "str" and isinstance(a.value, str)]
    for key in ("dest", "name"):
        if key in call.kwargs and call.kwargs[key].kind == "str":
            names.append(call.kwargs[key].value)
    for name in sorted(names, key=lambda n: not n.startswith("--")):  # argparse's dest comes from the long option
        if name.startswith("-") or call.qualname.rsplit(".", 1)[-1].startswith("DEFINE"):
            return option_field(name)
    return names[0].replace("-", "_") if names else None


def is_switch(call: Call) -> bool:
    """An on/off option (`--fix_seed` with action="store_true"): named for seeding, it turns seeding on or off
    and carries no seed value."""
    action = call.kwargs.get("action")
    return action is not None and action.value in ("store_true", "store_false")


def _literal(expr: Expr | None):
    return expr.value if expr is not None and expr.is_literal else None


# a value drawn afresh on every run: the clock, the OS's entropy, an unseeded random draw
_FRESH_DRAW = re.compile(r"\btime\b|datetime|urandom|randint|random\(")


def _drawn_afresh(facts: FileFacts, name: str) -> bool:
    """The program overwrites the option with a fresh draw (`if args.seed < 0: args.seed = np.random.randint(2**31)`):
    its default (here -1) stands for "draw one", so the program runs no fixed default seed."""
    field = option_field(name)
    return any(_FRESH_DRAW.search(a.value.text) and any(t.text.rsplit(".", 1)[-1] == field for t in a.targets)
               for a in facts.assigns)


def redrawing_helpers(project: "ProjectFacts") -> dict[str, str]:
    """Function name → its seed parameter, for the project's seeding helpers that replace that parameter with a fresh
    draw (`def fix_seed(seed): if seed == -1: seed = random.randint(0, 2**32 - 1)`), once per pass."""
    if "redrawing-helpers" not in project.memo:
        out = {}
        for facts in project.python_files():
            redrawn: dict[str, set[str]] = {}  # function → names it binds to a fresh draw, in one pass over the file
            for a in facts.assigns:
                if a.ctx.func and _FRESH_DRAW.search(a.value.text):
                    redrawn.setdefault(a.ctx.func, set()).update(t.text for t in a.targets)
            for function in facts.functions:
                drawn = redrawn.get(function.qualname, set()) & {p.name for p in function.params if is_seed_name(p.name)}
                if drawn:
                    out[function.name] = min(drawn)
        project.memo["redrawing-helpers"] = out
    return project.memo["redrawing-helpers"]


def _handed_to_redraw(facts: FileFacts, name: str, helpers: dict[str, str]) -> bool:
    """The option is handed to a seeding helper that replaces a sentinel with a fresh draw (see redrawing_helpers):
    its default (here -1) stands for "draw one"."""
    field = option_field(name)
    named = re.compile(rf"\.{re.escape(field)}\b")
    return any(c.qualname.rpartition(".")[2] in helpers and any(named.search(a.text) for a in (*c.args, *c.kwargs.values()))
               for c in facts.calls)


def _seeds_only_off_default(facts: FileFacts, name: str, default: Any) -> bool:
    """Every seeding call that reads the option sits under a test its default fails (`if args.seed != 0:
    torch.manual_seed(args.seed)`, `if args.seed:`, `if args.seed >= 0:` with default -1): the default stands for
    "do not seed", so the program run at it is unseeded, not run at that one seed."""
    if default is None:
        return False
    field = option_field(name)
    named = re.compile(rf"(?<![\w]){re.escape(field)}(?![\w])")
    reading = [c for c in facts.calls if (seeder(c.qualname) is not None or "seed" in c.qualname.rpartition(".")[2].lower())
               and any(named.search(a.text) for a in (*c.args, *c.kwargs.values()))]
    return bool(reading) and all(any(runs_at_default(facts.branch(b), field, default) is False for b in c.ctx.conds)
                                 for c in reading)


def _bounds_rebuilt_runs(name: str, ranged: dict[str, list[tuple[Loop, list[Call], str]]],
                         project: "ProjectFacts | None") -> set[str]:
    """The option bounds a loop (`for ii in range(args.itr):`, or a countdown `while rounds > 0: rounds -= 1` from
    `rounds = args.exp_round`) whose every pass builds the model or experiment anew and trains it (`exp = Exp(args);
    exp.train(setting)`, `model = AutoModel.from_pretrained(name)` then `train(epochs, loader, model)`), its variable
    only naming the pass, or whose every pass seeds from its variable (see _seeded_per_pass): a count of repeated
    runs, whatever the option is called. `ranged`: loops by the name that
    bounds them (`_ranged_loops`), each with its file. The files of such loops; empty if none."""
    out = set()
    for loop, inside, path in ranged.get(option_field(name), ()):
        built = {t for c in inside if c.qualname.rpartition(".")[2][:1].isupper() or c.qualname.endswith(".from_pretrained")
                 for t in c.targets}
        indexed = re.compile(r"\[\s*(?:" + "|".join(map(re.escape, loop.targets)) + r")\s*\]") if loop.targets else None
        if indexed is not None and any(indexed.search(a.text) for c in inside for a in (*c.args, *c.kwargs.values())):
            continue  # `configs[ii]`: each pass takes another setting
        if any(fits(c) and c.qualname.split(".")[0] in built or _trains_handed(c, built) for c in inside) \
                or _seeded_per_pass(loop, inside, path, project):
            out.add(path)
    return out


def _seeded_per_pass(loop: Loop, inside: list[Call], path: str, project: "ProjectFacts | None") -> bool:
    """Every pass seeds the global generators from the loop's variable (`torch.manual_seed(fix_seed + ii)`, a project
    helper's `seed_all(base + r)`): the loop runs one seed per pass, so whatever bounds it counts seeds, however the
    passes train."""
    targets = set(loop.targets)
    facts = project.files.get(path) if project is not None else None
    for call in inside:
        if (known := seeder(call.qualname)) is not None:
            seeding = [call.arg(known[1], known[2])]
        elif facts is not None and project.helper_families(call, facts) is not None:
            seeding = [*call.args, *call.kwargs.values()]
        else:
            continue  # a generator or a data order seeded per pass (`batches(seed=epoch)`) reseeds no run
        if any(arg is not None and targets & set(arg.names) for arg in seeding):
            return True
    return False


def _trains_handed(call: Call, built: set[str]) -> bool:
    """A call named for training that is handed a model built in the same pass (`to_train_adapter(epochs, loader,
    device, model_i, optimizer_i)`)."""
    return (fits(call) or "train" in name_tokens(call.qualname.rpartition(".")[2])) \
        and any(a.text in built for a in (*call.args, *call.kwargs.values()))


_RANGE_BOUND = re.compile(r"^range\(\s*(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*)\s*\)$")
# a countdown's test: `rounds > 0`, `(rounds > 0)`, `rounds >= 1`, `rounds != 0`
_COUNTDOWN = re.compile(r"^\(?\s*([A-Za-z_]\w*)\s*(?:>\s*0|>=\s*1|!=\s*0)\s*\)?$")


def _ranged_loops(facts: FileFacts) -> dict[str, list[tuple[Loop, list[Call], str]]]:
    """The file's loops over `range(name)` or `range(args.name)`, by that name, and its countdown loops (`while
    rounds > 0:` whose body takes one off `rounds`), by the option field the counter is read from (`rounds =
    args.exp_round`), each with the calls inside it and the file's path."""
    out: dict[str, list[tuple[Loop, list[Call], str]]] = {}
    for loop in facts.loops:
        bound = _RANGE_BOUND.match(loop.iter.text) if loop.iter is not None and loop.kind == "for" else None
        if bound:
            out.setdefault(bound[1], []).append((loop, facts.calls_in(loop.id), facts.path))
        counter = _COUNTDOWN.match(loop.iter.text) if loop.iter is not None and loop.kind == "while" else None
        if counter and _counts_down(facts, loop, counter[1]):
            for field in _read_into(facts, counter[1], loop.ctx.func):
                out.setdefault(field, []).append((loop, facts.calls_in(loop.id), facts.path))
    return out


def _counts_down(facts: FileFacts, loop: Loop, name: str) -> bool:
    """The loop's body takes one off `name` (`name -= 1`, `name = name - 1`)."""
    return any(a.line >= loop.line and a.line <= loop.end_line and [t.text for t in a.targets] == [name] and (
        a.op == "-=" and a.value.text.strip() == "1" or re.fullmatch(rf"{re.escape(name)}\s*-\s*1", a.value.text.strip()))
        for a in facts.assigns)


def _read_into(facts: FileFacts, name: str, func: str) -> set[str]:
    """The option fields a plain name is bound from where the loop runs or at module level (`rounds =
    args.exp_round` → exp_round)."""
    return {a.value.text.rpartition(".")[2] for a in facts.assigns if a.ctx.func in (func, "") and a.op == "="
            and [t.text for t in a.targets] == [name] and re.fullmatch(r"[A-Za-z_]\w*\.[A-Za-z_]\w*", a.value.text.strip())}


def seed_options(facts: FileFacts, project: "ProjectFacts | None" = None) -> tuple[list[SeedOption], list[CountOption]]:
    """argparse/click/absl options, dataclass/config-class fields named for the seed or a run count; an option
    counts runs too where a loop of this file, or (given the project) of a file that imports it (`args = get_args()`
    from an `arguments.py`), repeats the training under it (see _bounds_rebuilt_runs). A seed option handed to one of
    the project's helpers that redraw a sentinel (see redrawing_helpers) has no fixed default."""
    redrawing = redrawing_helpers(project) if project is not None else {}
    seeds: list[SeedOption] = []
    counts: list[CountOption] = []
    bound = option_shorthands(facts)
    ranged: dict[str, list[tuple[Loop, list[Call], str]]] = {}
    for source in (facts, *(project.importers_of(facts) if project is not None else ())):
        loops_of = project.per_file("ranged-loops", source, lambda f, _: _ranged_loops(f)) if project is not None \
            else _ranged_loops(source)  # each module's loops read once, however many files it imports
        for name, loops in loops_of.items():
            ranged.setdefault(name, []).extend(loops)
    for call in facts.calls:
        if call.qualname.rsplit(".", 1)[-1] not in _OPTION_CALLS and call.qualname not in bound:
            continue
        name = option_name(call)
        if name is None:
            continue
        default = call.kwargs.get("default") or (call.args[1] if call.qualname.rsplit(".", 1)[-1].startswith("DEFINE") and len(call.args) > 1 else None)
        if is_seed_name(name) and not is_switch(call):
            nargs = call.kwargs.get("nargs")
            is_list = nargs is not None and nargs.value in ("+", "*") or isinstance(_literal(default), list) or \
                call.kwargs.get("multiple") is not None
            value = None if _drawn_afresh(facts, name) or _handed_to_redraw(facts, name, redrawing) \
                or _seeds_only_off_default(facts, name, _literal(default)) \
                else _literal(default)
            seeds.append(SeedOption(facts.path, call.line, name, value, "click" if "click" in call.qualname else "argparse", is_list))
        elif is_count_name(name) or (repeating := _bounds_rebuilt_runs(name, ranged, project)):
            repeating = repeating if not is_count_name(name) else \
                {path for _, _, path in ranged.get(option_field(name), ())}  # a count by name: any loop under it
            counts.append(CountOption(facts.path, call.line, name, _literal(default), tuple(sorted(repeating - {facts.path}))))
    for cls in facts.classes:
        for f in cls.fields:
            if f.annotation is None:
                continue  # `class CONFIG: RANDOM_SEED = 42`: a constant (see _class_constant), no field set from outside
            default = f.default
            value = _literal(default)
            if value is None and default is not None and default.kind == "call":
                match = re.search(r"\bdefault\s*=\s*(-?\d+)", default.text)
                value = int(match[1]) if match else None
                # `field(default_factory=lambda: [1, 2, 3])`: a list default written as a factory
                listed = re.search(r"\bdefault_factory\s*=\s*lambda\s*:\s*\[\s*(-?\d+(?:\s*,\s*-?\d+)*)\s*,?\s*\]", default.text)
                value = [int(v) for v in re.findall(r"-?\d+", listed[1])] if listed and value is None else value
            if is_seed_name(f.name):
                seeds.append(SeedOption(facts.path, cls.line, f.name, value, "field", isinstance(value, list)))
            elif is_count_name(f.name):
                counts.append(CountOption(facts.path, cls.line, f.name, value))
    return seeds, counts


# a config section that configures a hyper-parameter search (`ax_search:`, `hpo:`, `optuna:`; not `tune:`, which may
# be a fine-tuning stage): its seed orders the search's trials (a Sobol sequence, a sampler), it trains no model
_SEARCH_SECTION = re.compile(r"^(?:\w+_search|hpo|hyperopt|optuna|tuner|sweep|sweeper|parameters)$", re.IGNORECASE)


def in_search_section(key: str) -> bool:
    """The config key sits in a hyper-parameter search's own section (`ax_search.sobol_seed`, a sweep's
    `parameters.seed.values`)."""
    return any(_SEARCH_SECTION.match(part) for part in key.split(".")[:-1])


def config_seed_options(facts: LaunchFacts) -> tuple[list[SeedOption], list[CountOption]]:
    """Seed and run-count settings of a config file; those of a hyper-parameter search's own section (a W&B sweep's
    `parameters`, `ax_search.sobol_seed`) are left out."""
    seeds, counts = [], []
    for key, value, line in facts.settings:
        last = key.split(".")[-1]
        if in_search_section(key):
            continue
        if is_seed_name(last) and (isinstance(value, (int, list)) and not isinstance(value, bool) or value is None):
            seeds.append(SeedOption(facts.path, line, key, value, "config", isinstance(value, list)))
        elif is_count_name(last) and isinstance(value, int) and not isinstance(value, bool) and not _env_setting(key):
            counts.append(CountOption(facts.path, line, key, value))
    return seeds, counts


def _env_setting(key: str) -> bool:
    """`env.repeat`, `loconav.env.repeat`: an environment's action repeat, not a number of runs."""
    return any(part.lower() in ("env", "envs", "environment") for part in key.split(".")[:-1])


def config_seed_lists(options: list[SeedOption]) -> list[Sweep]:
    """One config key set to several seeds in one file (a list of run settings, each with its seed)."""
    grouped: dict[tuple[str, str], list[SeedOption]] = {}
    for option in options:
        if option.kind == "config" and isinstance(option.default, int):
            grouped.setdefault((option.path, option.name), []).append(option)
    out = []
    for (path, _), group in grouped.items():
        values = tuple(dict.fromkeys(str(o.default) for o in group))
        if len(values) >= 2:
            out.append(Sweep(path, min(o.line for o in group), "config seed list", values, len(values), None))
    return out


# -- loops over seeds ------------------------------------------------------------------------------
_SEEDISH_TEXT = re.compile(r"seed", re.IGNORECASE)


def _seed_args(call: Call, project: "ProjectFacts", facts: FileFacts) -> list[tuple[str, Expr]]:
    """(key, argument) pairs of a call that carry a seed: seeder/helper/factory argument, `seed=`/`random_state=`."""
    out = [(k, v) for k, v in call.kwargs.items() if is_seed_name(k)]
    known = seeder(call.qualname)
    if known is not None:
        key = known[2] if known[2] in call.kwargs else str(known[1])
        arg = call.arg(known[1], known[2])
        if arg is not None and all(arg is not v for _, v in out):
            out.append((key, arg))
    elif call.qualname in RNG_FACTORIES:
        if call.args:
            out.append(("0", call.args[0]))
    elif project.helper_families(call, facts) is not None:
        found = helper_seed_position(call.qualname, project)
        if found is not None and found[0] < len(call.args):
            arg = call.args[found[0]]
            if found[1] and arg.kind in ("name", "attr"):  # `set_seed(args)` seeds with `args.seed`
                arg = Expr(arg.text + found[1], "attr" if found[1].startswith(".") else "subscript",
                           qualname=arg.qualname, names=arg.names)
            out.append((str(found[0]), arg))
    return out


# the field a helper's seeding call reads off one of its parameters: `cfg.seed`, `args.train.seed`, `opt["seed"]`
_FIELD_OF = re.compile(r"""^([A-Za-z_]\w*)((?:\.\w+|\[['"]\w+['"]\])+)$""")


def helper_seed_position(qualname: str, project: "ProjectFacts") -> tuple[int, str] | None:
    """Which argument of a call to a project seeding helper carries the seed, and the field of it the helper seeds
    with: the position of its parameter named for the seed, else of the parameter its own seeding calls read
    (`def setup(cfg): seed_all(cfg.seed)`: position 0, field `.seed`, so `setup(args)` seeds with `args.seed`,
    wherever the helper is defined); None when no parameter reaches a seeding call (`def train_model(name)` that
    seeds from its own loop). A helper whose definition is not in the project keeps the first argument."""
    if "helper-seed-position" not in project.memo:
        functions: dict[str, tuple[FileFacts, Function]] = {}
        for other in project.python_files():
            for function in other.functions:
                functions.setdefault(function.name, (other, function))
        project.memo["helper-seed-position"] = ({}, functions)
    known, functions = project.memo["helper-seed-position"]
    name = qualname.lstrip(".").rsplit(".", 1)[-1]
    if name not in known:
        known[name] = None  # a helper that (through others) calls itself reads no seed through that cycle
        known[name] = _seed_position(*functions[name], project) if name in functions else (0, "")
    return known[name]


def spread_parameters(project: "ProjectFacts") -> dict[str, tuple[list[str], set[str]]]:
    """Function name → (its parameters, those of them it passes on as `**name`), over the project's files."""
    if "spread-parameters" not in project.memo:
        found: dict[str, tuple[list[str], set[str]]] = {}
        for other in project.python_files():
            functions = {f.qualname: f for f in other.functions}
            for call in other.calls:
                function = functions.get(call.ctx.func)
                if call.spread and function is not None:
                    params = [p.name for p in function.params if p.name not in ("self", "cls")]
                    found.setdefault(function.name, (params, set()))[1].update(set(call.spread) & set(params))
        project.memo["spread-parameters"] = {name: v for name, v in found.items() if v[1]}
    return project.memo["spread-parameters"]


def calls_by_function(facts: FileFacts, project: "ProjectFacts") -> dict[str, list[Call]]:
    """The file's calls by the function they sit in, indexed once per file and project pass."""
    def index(facts: FileFacts, _project) -> dict[str, list[Call]]:
        out: dict[str, list[Call]] = {}
        for call in facts.calls:
            out.setdefault(call.ctx.func, []).append(call)
        return out
    return project.per_file("calls-by-function", facts, index)


def _seed_position(facts: FileFacts, function: Function, project: "ProjectFacts") -> tuple[int, str] | None:
    params = [p.name for p in function.params if p.name not in ("self", "cls")]
    named = [i for i, param in enumerate(params) if is_seed_name(param)]
    if named:
        return named[0], ""
    for call in calls_by_function(facts, project).get(function.qualname, ()):
        for _, arg in _seed_args(call, project, facts):
            read = [i for i, param in enumerate(params) if param in arg.names]
            if read:
                field = _FIELD_OF.match(arg.text)
                return read[0], field[2] if field and field[1] == params[read[0]] else ""
    return None


def seed_loops(facts: FileFacts, project: "ProjectFacts") -> dict[int, Loop]:
    """Loops whose iterations use different seeds: named for seeds, seeding from the loop variable, drawing a seed
    afresh on each pass (`seed = random.randint(1, 10**5)` in the loop's own body, a `while` loop's too), or drawing
    a new split on each pass (an unseeded `train_test_split` in the loop's own body)."""
    return project.per_file("seed_loops", facts, _seed_loops)


# a keyword's name in a call (`seed=` of `batches(x, seed=epoch)`): what is passed, not what is iterated
_KEYWORD = re.compile(r"\b[A-Za-z_]\w*\s*=(?!=)")


def _iterated_names(iterated: Expr) -> list[str]:
    """The names a loop iterates over, without the keywords of a call there (`for x, y in batches(data, seed=epoch)`
    runs over batches, not over seeds)."""
    return [n for n in iterated.names if re.search(rf"(?<![\w.]){re.escape(n)}\b(?!\s*=(?!=))", iterated.text)] \
        if _KEYWORD.search(iterated.text) else list(iterated.names)


# splits that shuffle by default: called with no seed, each call draws another split
_RESPLITS = {"train_test_split", "random_split"}


def _seed_loops(facts: FileFacts, project: "ProjectFacts") -> dict[int, Loop]:
    found: dict[int, Loop] = {}
    single = one_value_loops(facts, project)
    for loop in facts.loops:
        if loop.kind == "while" or loop.id in single:
            continue
        if (any(is_seed_name(t.split(".")[-1]) for t in loop.targets) or
                loop.iter is not None and (any(is_seed_name(n) for n in _iterated_names(loop.iter)) or
                                           re.search(r"\bseeds\b|seed_list|_seeds\b|\bSEEDS\b", loop.iter.text))) \
                and not _holds_objects(loop, facts):
            found[loop.id] = loop
    for call in facts.calls:  # `for _ in range(2000): x_tr, x_te, ... = train_test_split(x, y)`: a new split each pass
        if call.ctx.loops and call.ctx.loops[-1] not in found and call.qualname.rsplit(".", 1)[-1] in _RESPLITS \
                and not _seed_args(call, project, facts) and not call.star and "shuffle" not in call.kwargs:
            found[call.ctx.loops[-1]] = facts.loops[call.ctx.loops[-1]]
    for loop_id in _unseeded_refits(facts):  # `for i in range(repeat): km = KMeans(init="random"); km.fit(X)`
        if loop_id not in found:
            found[loop_id] = facts.loops[loop_id]
    for assign in facts.assigns:  # `for _ in range(1000): seed = random.randint(0, 10**6)`: a new seed each pass
        if assign.ctx.loops and assign.ctx.loops[-1] not in found and assign.value.kind == "call" \
                and _FRESH_DRAW.search(assign.value.text) and any(t.kind == "name" and is_seed_name(t.text) for t in assign.targets):
            found[assign.ctx.loops[-1]] = facts.loops[assign.ctx.loops[-1]]
    targets = {loop.id: set(loop.targets) for loop in facts.loops}
    for loop_id in _passes_kept_as_seeds(facts, targets):
        if loop_id not in found and loop_id not in single:
            found[loop_id] = facts.loops[loop_id]
    derived = _derived_names(facts, targets)
    for call in facts.calls:
        args = None  # a call's seed arguments, looked up once it sits in a loop not yet found
        for loop_id in call.ctx.loops:
            if loop_id in found:
                continue
            names = targets.get(loop_id, set()) | derived.get(loop_id, set())
            if names and args is None:
                args = [set(arg.names) for _, arg in _seed_args(call, project, facts)]
            if names and any(names & arg for arg in args) and loop_id not in single \
                    and not schedule_loop(facts.loops[loop_id]):
                found[loop_id] = facts.loops[loop_id]
    return found


# a loop's variable that counts the passes of one training (`for epoch in range(n_epochs)`)
_SCHEDULE_WORDS = {"epoch", "epochs", "ep", "step", "steps", "iteration", "iterations", "batch", "batches"}


def schedule_loop(loop: Loop) -> bool:
    """A loop over one training's epochs or steps: a seed taken from its variable (`data_stream(x, seed=epoch)`)
    orders each epoch's data the same way in every run, a schedule, not a run per seed."""
    return any(set(name_tokens(t.split(".")[-1])) & _SCHEDULE_WORDS for t in loop.targets)


def _unseeded_refits(facts: FileFacts) -> set[int]:
    """Loops over a run count whose body builds an estimator that draws and is given no seed (`KMeans(init="random",
    n_init=1)`, `RandomForestClassifier()`): each pass fits another draw, as a loop over seeds would."""
    return {c.ctx.loops[-1] for c in facts.calls if c.ctx.loops and c.qualname.rsplit(".", 1)[-1] in RANDOM_ESTIMATORS
            and unset(c, "random_state") and repeat_loop(facts.loops[c.ctx.loops[-1]])}


def _passes_kept_as_seeds(facts: FileFacts, targets: dict[int, set[str]]) -> set[int]:
    """Loops that keep one of their passes under a seed's name (`best_seed = run`, or a counter the loop steps:
    `best_seed = dir_count`): each pass reads one seed's run (its stored results, as a plotting script over run
    folders does), whatever the loop variable is called."""
    counters = {(a.ctx.loops[-1], t.text) for a in facts.assigns if a.op == "+=" and a.ctx.loops for t in a.targets}
    found = set()
    for assign in facts.assigns:
        if assign.value.kind != "name" or not any(t.kind == "name" and is_seed_name(t.text) for t in assign.targets):
            continue
        for loop_id in reversed(assign.ctx.loops):
            if assign.value.text in targets.get(loop_id, ()) or (loop_id, assign.value.text) in counters:
                found.add(loop_id)
                break
    return found


def _holds_objects(loop: Loop, facts: FileFacts) -> bool:
    """The loop variable has methods called on it inside the loop (`for x_seed in x_seeds: x_seed.reshape(1, -1)`):
    its values are objects (starting points, seed nodes), not the integers an RNG is seeded with (a tensor of
    seeds read out with `seed.item()` still holds integers)."""
    prefixes = tuple(f"{t}." for t in loop.targets)
    return bool(prefixes) and any(c.qualname.startswith(prefixes) and c.qualname.rpartition(".")[2] not in _SCALAR_READS
                                  for c in facts.calls_in(loop.id))


_SCALAR_READS = {"item", "tolist", "numpy"}


def one_value_loops(facts: FileFacts, project: "ProjectFacts") -> dict[int, tuple[Any, int]]:
    """Loops over one literal value written in the code (`for seed in [8]`, `SEEDS = [0]`, `range(1)`), with that
    value and the line it is written on: such a loop varies nothing, its variable is that one value."""
    return project.per_file("one-value-loops", facts, _one_value_loops)


def _one_value_loops(facts: FileFacts, project: "ProjectFacts") -> dict[int, tuple[Any, int]]:
    lists = module_lists(facts)
    # names bound to a list or a literal range somewhere in the file: only a loop over one of them (or over a
    # literal written in its header) can run one literal value; the others are not looked up binding by binding
    literal = {t.text for a in facts.assigns if a.value.kind == "list" or a.value.text.startswith(_LITERAL_RANGES)
               for t in a.targets}
    out = {}
    for loop in facts.loops:
        if loop.kind == "while" or loop.iter is None or \
                not (loop.iter.kind == "list" or loop.iter.text.startswith(_LITERAL_RANGES) or loop.iter.text in literal):
            continue
        values, count = loop_values(loop, facts, [], [], lists)  # literals only: an option's default list is capacity
        if count == 1 and len(values) == 1:
            value = int(values[0]) if re.fullmatch(r"-?\d+", values[0]) else values[0]
            out[loop.id] = (value, written_at(loop, facts))
    return out


_LITERAL_RANGES = ("range(", "np.arange(", "numpy.arange(")


def written_at(loop: Loop, facts: FileFacts) -> int:
    """The line a loop's values are written on: the loop itself, or the assignment that binds the name it reads."""
    if loop.iter is None or loop.iter.kind != "name":
        return loop.line
    lines = [a.line for a in facts.assigns if a.op == "=" and a.line <= loop.line and a.ctx.func in ("", loop.ctx.func)
             and any(t.kind == "name" and t.text == loop.iter.text for t in a.targets)]
    return max(lines, default=loop.line)


def _derived_names(facts: FileFacts, targets: dict[int, set[str]]) -> dict[int, set[str]]:
    """Names assigned inside a loop from its variable (`seed = base + run`), per loop."""
    out: dict[int, set[str]] = {}
    for assign in facts.assigns:
        for loop_id in assign.ctx.loops:
            if targets.get(loop_id, set()) & set(assign.value.names):
                out.setdefault(loop_id, set()).update(n for t in assign.targets for n in (t.text,) if t.kind == "name")
    return out


def loop_values(loop: Loop, facts: FileFacts, options: list[SeedOption], counts: list[CountOption],
                lists: dict[str, Expr] | None = None) -> tuple[tuple[str, ...], int]:
    """Seed values a loop runs over where literal (list, range, module constant, option default), and how many.

    `lists` is module_lists(facts), for a caller that asks about many loops of one file."""
    it = loop.iter
    if it is None:
        return (), 0
    if it.kind == "list" and isinstance(it.value, list):
        return tuple(str(v) for v in it.value), len(it.value)
    match = re.fullmatch(r"(?:range|np\.arange|numpy\.arange)\(\s*(-?\d+)\s*(?:,\s*(-?\d+)\s*)?(?:,\s*(-?\d+)\s*)?\)", it.text)
    if match:
        numbers = [int(n) for n in match.groups() if n is not None]
        start, stop = (0, numbers[0]) if len(numbers) == 1 else (numbers[0], numbers[1])
        values = tuple(str(v) for v in range(start, stop, numbers[2] if len(numbers) == 3 else 1))
        return values[:10_000], len(values)
    match = re.fullmatch(r"range\(\s*[\w.]*?(\w+)\s*\)", it.text)
    if match:
        for count in counts:
            if count.name.split(".")[-1] == match[1] and isinstance(count.default, int):
                return (), count.default
        written = _written_int(match[1], facts) if match[0] == f"range({match[1]})" else None
        if written is not None:  # `trials = 1` at module level, then `for i in range(trials)`: one pass
            return tuple(str(v) for v in range(written))[:10_000], written
    wrapped = _WRAPPED.fullmatch(it.text.strip())
    if wrapped:  # `enumerate(args.seeds)`, `tqdm(SEEDS, desc=...)`: the seeds the wrapped list holds
        inner = replace(it, text=wrapped[1], kind="name" if wrapped[1].isidentifier() else "attr", value=None)
        return loop_values(replace(loop, iter=inner), facts, options, counts, lists)
    last = it.text.split(".")[-1]
    for option in options:
        if option.name.split(".")[-1] == last and isinstance(option.default, list):
            return tuple(str(v) for v in option.default), len(option.default)
    if it.kind == "name":
        bound = (module_lists(facts) if lists is None else lists).get(it.text)
        if bound is not None:
            values = bound.value or []
            return tuple(str(v) for v in values), len(values)
        # `seed_range = range(30, 31)`, `seeds = [200]` in the loop's function: one seed; bound in the branches of a
        # conditional (`SEEDS = [1, 2, 3] if sweep else [1]`, written as if/else), the loop runs the longest of them
        bound = [loop_values(replace(loop, iter=value), facts, options, counts) for value in _bound_before(it.text, loop, facts)]
        if bound:
            return max(bound, key=lambda found: found[1])
    return (), 0


# a call that passes a list's items through unchanged, around a plain name or attribute
_WRAPPED = re.compile(r"(?:enumerate|tqdm|tqdm\.tqdm|list|tuple|sorted|iter|reversed)\(\s*([A-Za-z_][\w.]*)\s*(?:,[^()]*)?\)")


def _written_int(name: str, facts: FileFacts) -> int | None:
    """The whole number a module-level name is bound to, where every binding of that name in the file writes that one
    literal (`trials = 1`, `SEED = 42`); None when any binding computes it or reads an option."""
    values = {a.value.value if a.value.kind == "int" else None for a in facts.assigns
              for t in a.targets if t.text == name}
    return next(iter(values)) if len(values) == 1 and None not in values and any(
        a.ctx.func == "" for a in facts.assigns for t in a.targets if t.text == name) else None


def _bound_before(name: str, loop: Loop, facts: FileFacts) -> list[Expr]:
    """The lists or literal ranges that may be bound to `name` when the loop starts, in its function or at module
    level: the last binding before it, and the bindings before that one in branches the loop is not in, back to
    the last binding made on the loop's own path. None literal: [] (one of them may bind anything)."""
    found: list[Expr] = []
    for assign in facts.assigns:
        if assign.line <= loop.line and assign.ctx.func in ("", loop.ctx.func) and assign.op == "=" and \
                any(t.kind == "name" and t.text == name for t in assign.targets):
            on_path = set(assign.ctx.conds) <= set(loop.ctx.conds)
            found = [assign.value] if on_path else [*found, assign.value]
    literal = all(value.kind == "list" or value.kind == "call" and value.text.startswith(("range(", "np.arange("))
                  for value in found)
    return found if literal else []


def module_lists(facts: FileFacts) -> dict[str, Expr]:
    """Name → the list literal its first module-level assignment binds (`SEEDS = [0, 1, 2]`)."""
    out: dict[str, Expr] = {}
    for assign in facts.assigns:
        if assign.ctx.func == "" and assign.value.kind == "list":
            for target in assign.targets:
                out.setdefault(target.text, assign.value)
    return out


def grid_sweeps(facts: FileFacts) -> list[Sweep]:
    """Grid/search-space entries over a seed: `grid.add('seed', [...])`, `tune.grid_search([...])` under `seed`."""
    out = []
    for call in facts.calls:
        if len(call.args) >= 2 and call.args[0].kind == "str" and isinstance(call.args[0].value, str) \
                and is_seed_name(call.args[0].value):
            values = call.args[1]
            if values.kind == "list" and isinstance(values.value, list) and len(values.value) > 1:
                out.append(Sweep(facts.path, call.line, "grid", tuple(str(v) for v in values.value), len(values.value), facts.path))
            elif " for " in values.text or values.text.startswith(("range(", "list(range")):
                out.append(Sweep(facts.path, call.line, "grid", (), 2, facts.path))
        elif call.qualname.endswith(("tune.grid_search", "tune.choice")) and call.args:
            arg = call.args[0]
            if arg.kind == "list" and _SEEDISH_TEXT.search(" ".join(t for t in call.targets)):
                out.append(Sweep(facts.path, call.line, "ray tune", tuple(str(v) for v in arg.value or ()), len(arg.value or ()), facts.path))
    for assign in facts.assigns:
        if any(is_seed_name(t.text.split(".")[-1].strip("'\"[]")) or (t.kind == "subscript" and isinstance(t.value, str) and is_seed_name(t.value))
               for t in assign.targets) and "grid_search(" in assign.value.text:
            out.append(Sweep(facts.path, assign.line, "ray tune", (), 2, facts.path))
    return out


# -- seeds applied in Python -----------------------------------------------------------------------
_OFFSET = re.compile(r"rank|local_rank|worker|proc|process_index|device|gpu|fold|epoch|offset|\bi\b", re.IGNORECASE)
_LITERAL_PLUS = re.compile(r"\s*(\d+)\s*\+\s*([\w.()\[\]]+)\s*|\s*([\w.()\[\]]+)\s*\+\s*(\d+)\s*")


def _literal_base(arg: Expr) -> int | None:
    """The literal of `1337 + seed_offset` / `rank + 42`: a fixed seed plus a per-process offset."""
    match = _LITERAL_PLUS.fullmatch(arg.text)
    if not match:
        return None
    literal, other = (match[1], match[2]) if match[1] else (match[4], match[3])
    return int(literal) if _OFFSET.search(other) else None


# a distributed process's own index, added to a run's seed so that each process draws its own stream
_PROCESS_RANK = re.compile(r"^[\w.]*(?:get_rank|get_local_rank|local_rank|global_rank|rank|process_index)(?:\(\))?$")
_NAMED_PLUS = re.compile(r"\s*([A-Za-z_][\w.]*)\s*\+\s*([\w.()]+)\s*|\s*([\w.()]+)\s*\+\s*([A-Za-z_][\w.]*)\s*")


def _rank_offset_base(arg: Expr) -> Expr | None:
    """The seed of `args.seed + utils.get_rank()` / `local_rank + seed`: a run's seed plus its process's rank (every
    process of the run then draws apart, the run still at that one seed); None for any other sum."""
    match = _NAMED_PLUS.fullmatch(arg.text)
    if not match:
        return None
    first, second = (match[1], match[2]) if match[1] else (match[3], match[4])
    for base, other in ((first, second), (second, first)):
        if re.fullmatch(r"[A-Za-z_][\w.]*", base) and _PROCESS_RANK.match(other) and not _PROCESS_RANK.match(base):
            return Expr(base, "attr" if "." in base else "name", names=(base,))
    return None


# methods that write into a dict, so that an entry read later may no longer be the literal written
_FILLS = frozenset({"update", "setdefault", "pop", "clear", "__setitem__"})


@dataclass
class _Scope:
    """What tracing a seed's origin asks about one file, indexed once per file and project pass.

    The origin of every seed use in a file is traced; scanning every assignment, function or call for
    each one made files with thousands of seeding calls quadratic.
    """

    facts: FileFacts
    targets: dict[int, set[str]]  # loop → its loop variables
    params: dict[str, set[str]]  # function → its parameter names (its first definition)
    bindings: dict[tuple[str, str], list[tuple[int, int, Assign]]]  # (function, name) → (line, order, `name = …`)
    exec_line: float  # first module-level `exec(open(...)...)`, or infinity
    options: dict[str, list[SeedOption]]  # last part of an option name → the project's seed options
    helper_defaults: dict[str, Any]  # helper name → the literal default of its first parameter
    enum_members: dict[str, dict[str, int]]  # Enum class name → its members bound to int literals
    enum_attributes: dict[str, set[int]]  # config-class attribute → the int values of the Enum members bound to it
    imported: dict[str, int] = field(default_factory=dict)  # name imported from a project module → its module-level int

    def last_binding(self, name: str, func: str) -> Assign | None:
        """The last `name = …` in the same function or at module level."""
        last = [found[-1] for found in (self.bindings.get((func, name)), self.bindings.get(("", name))) if found]
        return max(last, key=lambda binding: binding[1])[2] if last else None

    def local_value(self, name: str, call: Call) -> Expr | None:
        """The value last bound to `name` before the call in the same function (`seed = args.seed + rank`).

        Assignments are recorded in source order, so their lines never decrease."""
        found = self.bindings.get((call.ctx.func, name), [])
        index = bisect.bisect_right(found, call.line, key=lambda binding: binding[0])
        return found[index - 1][2].value if index else None

    def globals_overridden(self, call: Call) -> bool:
        """Does a module-level `exec(open(...).read())` before the call let the command line reassign the
        module's globals (nanoGPT's configurator idiom, copied by its many forks)?"""
        return self.exec_line < call.line

    def attribute_override(self, text: str, call: Call) -> Expr | None:
        """`args.seed = 42` earlier in the same function, not under a branch the call is outside of: the
        value the call reads, whatever the option's default or the command line said."""
        found = self.bindings.get((call.ctx.func, text), [])
        index = bisect.bisect_right(found, call.line, key=lambda binding: binding[0])
        if not index:
            return None
        assign = found[index - 1][2]
        return assign.value if set(assign.ctx.conds) <= set(call.ctx.conds) else None

    def module_constant(self, name: str, func: str) -> Any:
        """The literal a name is bound to in the same function or at module level (last binding wins)."""
        bound = self.last_binding(name, func)
        return bound.value.value if bound is not None and bound.value.kind == "int" else None

    def list_item(self, arg: Expr, func: str) -> Any:
        """`seeds[0]` where `seeds = [0, 21, 42]` in the same function or at module level: the int picked."""
        match = re.fullmatch(r"(\w+)\[\s*(-?\d+)\s*\]", arg.text)
        if arg.kind != "subscript" or not match:
            return None
        bound = self.last_binding(match[1], func)
        values = bound.value.value if bound is not None and bound.value.kind == "list" else None
        index = int(match[2])
        if isinstance(values, list) and -len(values) <= index < len(values) and isinstance(values[index], int):
            return values[index]
        return None

    def dict_entry(self, arg: Expr, func: str) -> Any:
        """`SETTINGS["seed"]` (or `CONFIG["train"]["seed"]`) where the module binds `SETTINGS` once to a dict literal
        holding that key as an int, and nothing in the file writes the entry, updates the dict or binds the name again
        in `func`: the int written there. A dict filled from the command line is not read this way."""
        match = re.fullmatch(r"""(\w+)((?:\[\s*['"]\w+['"]\s*\])+)""", arg.text)
        if arg.kind != "subscript" or not match or func and self.bindings.get((func, match[1])) or \
                len(self.bindings.get(("", match[1]), ())) != 1:
            return None
        name = match[1]
        key = ".".join([name, *re.findall(r"\w+", match[2])])
        written = [text for entry, text, _ in self.facts.dict_settings if entry == key]
        if len(written) != 1 or not re.fullmatch(r"-?\d+", written[0].strip()):
            return None
        mentioned = re.compile(rf"^{re.escape(name)}\s*(?:\[|\.)")
        if any(mentioned.match(t.text) for a in self.facts.assigns for t in a.targets) or any(
                mentioned.match(call.qualname) and call.qualname.rsplit(".", 1)[-1] in _FILLS for call in self.facts.calls):
            return None
        return int(written[0])

    def option_for(self, expr: Expr) -> SeedOption | None:
        """`args.seed`, `cfg.train.seed`, `config["seed"]` → the project's option of that name (unique default), or
        else this file's own option of that name: scripts that each parse their own `--seed` with their own
        default read their own."""
        match = re.search(r"""(?:\.|\[['"])(\w+)(?:['"]\])?$""", expr.text)
        if not match:
            return None
        candidates = self.options.get(match[1], [])
        defaults = {repr(o.default) for o in candidates}
        if candidates and len(defaults) == 1:
            return candidates[0]
        own = [o for o in candidates if o.path == self.facts.path]
        if own and len({repr(o.default) for o in own}) == 1:
            return own[0]
        return None


def _file_scope(facts: FileFacts, project: "ProjectFacts") -> _Scope:
    """The file's scope index, once per file and pass (seed tracing and other rules' name lookups share it)."""
    return project.per_file("variation-scope", facts, _scope)


def value_bound_at(name: str, call: Call, facts: FileFacts, project: "ProjectFacts") -> Expr | None:
    """The value `name` holds at the call: its last binding before the call in the call's own function, else (for a
    call in a function, which runs once the module is loaded) its last module-level binding (`NUM_WORKERS = 0`)."""
    scope = _file_scope(facts, project)
    found = scope.local_value(name, call)
    if found is None and call.ctx.func:
        module_level = scope.bindings.get(("", name))
        found = module_level[-1][2].value if module_level else None
    return found


def _scope(facts: FileFacts, project: "ProjectFacts") -> _Scope:
    params: dict[str, set[str]] = {}
    for function in facts.functions:
        params.setdefault(function.qualname, {p.name for p in function.params})
    bindings: dict[tuple[str, str], list[tuple[int, int, Assign]]] = {}
    for order, assign in enumerate(facts.assigns):
        if assign.op == "=":
            for name in dict.fromkeys(t.text for t in assign.targets if t.kind in ("name", "attr")):
                bindings.setdefault((assign.ctx.func, name), []).append((assign.line, order, assign))
    execs = [c.line for c in facts.calls if c.args and c.qualname == "exec" and not c.ctx.func and "open" in c.args[0].names]
    return _Scope(facts, {loop.id: set(loop.targets) for loop in facts.loops}, params, bindings,
                  min(execs, default=float("inf")), _options_by_name(project), _helper_defaults(project),
                  enum_members(project), _enum_attributes(project), _imported_constants(facts, project))


def _imported_constants(facts: FileFacts, project: "ProjectFacts") -> dict[str, int]:
    """Names this file imports from a project module (`from config import SEED`) that the module binds, once and at
    module level, to an int literal (`SEED = 42`): the value, as if written here."""
    out: dict[str, int] = {}
    for local, bound in imported_bindings(facts, project).items():
        values = {a.value.value if a.value.kind == "int" else None for a in bound}
        if len(values) == 1 and None not in values:
            out[local] = values.pop()
    return out


def enum_members(project: "ProjectFacts") -> dict[str, dict[str, int]]:
    """Enum class name → its int members (`class Seed(Enum): TRAIN = 42`), over the project's files."""
    if "enum-members" not in project.memo:
        members: dict[str, dict[str, int]] = {}
        for other in project.python_files():
            enums = {c.name for c in other.classes if any(b.rsplit(".", 1)[-1].endswith("Enum") for b in c.bases)}
            for assign in other.assigns if enums else ():
                if assign.ctx.func in enums and assign.value.kind == "int":
                    for target in assign.targets:
                        members.setdefault(assign.ctx.func, {}).setdefault(target.text, assign.value.value)
        project.memo["enum-members"] = members
    return project.memo["enum-members"]


def _enum_attributes(project: "ProjectFacts") -> dict[str, set[int]]:
    """Class attributes bound to an Enum member (`class Config: seed = Seed.PAPER`), so that an instance's
    `config.seed.value` reads the member's int even though the instance's class is not known."""
    if "enum-attributes" not in project.memo:
        members = enum_members(project)
        found: dict[str, set[int]] = {}
        for other in project.python_files():
            classes = {c.name for c in other.classes} - set(members)
            for assign in other.assigns if classes else ():
                value = _enum_member(assign.value.text, members) if assign.ctx.func in classes else None
                for target in assign.targets if value is not None else ():
                    found.setdefault(target.text, set()).add(value)
        project.memo["enum-attributes"] = found
    return project.memo["enum-attributes"]


def _enum_member(text: str, members: dict[str, dict[str, int]]) -> int | None:
    """The int behind `Seed.TRAIN.value` (or `Seed.TRAIN` of an IntEnum)."""
    match = re.fullmatch(r"(?:\w+\.)*(\w+)\.(\w+)", text.removesuffix(".value"))
    return members.get(match[1], {}).get(match[2]) if match else None


def _options_by_name(project: "ProjectFacts") -> dict[str, list[SeedOption]]:
    if "options-by-name" not in project.memo:
        by_name: dict[str, list[SeedOption]] = {}
        for option in project.seed_options:
            by_name.setdefault(option.name.split(".")[-1], []).append(option)
        project.memo["options-by-name"] = by_name
    return project.memo["options-by-name"]


def _helper_defaults(project: "ProjectFacts") -> dict[str, Any]:
    """Function name → the literal int default of its first parameter (`def set_seed(seed=42)`), from the
    first function of that name in the project that has one."""
    if "helper-defaults" not in project.memo:
        defaults: dict[str, Any] = {}
        for other in project.python_files():
            for function in other.functions:
                params = [p for p in function.params if p.name not in ("self", "cls")]
                if params and params[0].default is not None and params[0].default.kind == "int":
                    defaults.setdefault(function.name, params[0].default.value)
        project.memo["helper-defaults"] = defaults
    return project.memo["helper-defaults"]


def seed_uses(facts: FileFacts, project: "ProjectFacts") -> list[SeedUse]:
    """Every call in the file that applies a seed, with the origin of its value."""
    return project.per_file("seed_uses", facts, _seed_uses)


def _seed_uses(facts: FileFacts, project: "ProjectFacts") -> list[SeedUse]:
    scope = _file_scope(facts, project)
    out = []
    for call in facts.calls:
        if (in_grid := grid_seed(call, facts, project)) is not None:
            estimator, value, line = in_grid
            out.append(SeedUse(estimator, "literal", value, key="random_state", written=line))
            continue
        args = _seed_args(call, project, facts)
        if not args and project.helper_families(call, facts) is not None and not call.args and not call.kwargs:
            value = scope.helper_defaults.get(call.qualname.lstrip(".").rsplit(".", 1)[-1])
            out.append(SeedUse(call, "default" if value is not None else "unknown", value))
            continue
        if not args and (value := trainer_settings_default(call)) is not None and not _seed_set_later(call, facts):
            out.append(SeedUse(call, "default", value, key="seed"))
            continue
        for key, arg in args[:1]:
            single = _one_value_variable(arg, call, facts, project)
            if single is not None:
                out.append(SeedUse(call, "constant", single[0], key=key, written=single[1]))
            else:
                out.append(SeedUse(call, *_origin(arg, call, scope), key=key))
    return out


def _seed_set_later(call: Call, facts: FileFacts) -> bool:
    """The object a call built has its seed set afterwards (`args = TrainingArguments(...)`, then `args.seed = s`):
    the seed is that assignment's, not the constructor's default."""
    written = {f"{target}.seed" for target in call.targets}
    return bool(written) and any(t.text in written for a in facts.assigns for t in a.targets)


def _one_value_variable(arg: Expr, call: Call, facts: FileFacts, project: "ProjectFacts") -> tuple[Any, int] | None:
    """(value, line written) when the seed passed is the variable of an enclosing loop over one literal value, or
    that variable offset by whole numbers the file writes (`SEED + i` under `trials = 1; for i in range(trials)`)."""
    if arg.kind not in ("name", "binop"):
        return None
    single = one_value_loops(facts, project)
    for loop_id in call.ctx.loops:
        targets = facts.loops[loop_id].targets
        if loop_id not in single or not set(arg.names) & set(targets):
            continue
        if arg.kind == "name":
            return single[loop_id]
        value, line = single[loop_id]
        known = {n: value if n in targets else _written_int(n, facts) for n in arg.names}
        total = _whole_arithmetic(arg.text, known) if isinstance(value, int) else None
        return (total, line) if total is not None else None
    return None


def _whole_arithmetic(text: str, names: dict[str, int | None]) -> int | None:
    """The value of `SEED + i * 10`-style arithmetic over whole numbers and the given names; None for anything else."""
    try:
        tree = ast.parse(text, mode="eval").body
    except SyntaxError:
        return None

    def value(node) -> int | None:
        if isinstance(node, ast.Constant) and type(node.value) is int:
            return node.value
        if isinstance(node, ast.Name):
            return names.get(node.id)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult)):
            left, right = value(node.left), value(node.right)
            if left is None or right is None:
                return None
            return left + right if isinstance(node.op, ast.Add) else left - right if isinstance(node.op, ast.Sub) \
                else left * right
        return None
    return value(tree)


def _class_constant(text: str, call: Call, scope: _Scope) -> int | None:
    """`CONFIG.RANDOM_SEED` where the file's `class CONFIG:` body says `RANDOM_SEED = 42` (no annotation, no field a
    config or parser sets): the int it holds."""
    owner, _, name = text.partition(".")
    cls = next((c for c in scope.facts.classes if c.name == owner), None) if name.isidentifier() else None
    held = next((f for f in cls.fields if f.name == name and f.annotation is None), None) if cls is not None else None
    return held.default.value if held is not None and held.default is not None and held.default.kind == "int" else None


# a mapping read with a literal whole-number fallback: `config.get("seed", 42)`, `cfg["train"].get('seed', 0)`
_MAPPING_GET = re.compile(r"""([A-Za-z_][\w.\[\]'"]*)\.get\(\s*['"](\w+)['"]\s*,\s*(-?\d+)\s*\)""")


def _origin(arg: Expr, call: Call, scope: _Scope, depth: int = 0) -> tuple[str, Any, SeedOption | None]:
    loop_names = {n for loop_id in call.ctx.loops for n in scope.targets.get(loop_id, ())}
    if arg.kind == "int":
        return "literal", arg.value, None
    if arg.kind in ("none", "bool", "str", "float", "list"):
        return "unknown", None, None
    if set(arg.names) & loop_names:
        return "loop", None, None
    if re.search(r"environ|getenv", arg.text):
        return "env", None, None
    if _FRESH_DRAW.search(arg.text):
        return "time", None, None
    if arg.kind == "binop" and (base := _literal_base(arg)) is not None:
        return "literal", base, None  # `1337 + rank`: one fixed seed, offset per process
    if arg.kind == "binop" and (named := _rank_offset_base(arg)) is not None and depth < 3 \
            and (based := _origin(named, call, scope, depth + 1))[0] in ("option", "constant", "literal"):
        return based  # `args.seed + utils.get_rank()`: that option's seed, offset per process
    if _OFFSET.search(arg.text) and arg.kind in ("binop", "call"):
        return "derived", None, None
    if arg.kind == "name":
        if arg.text in scope.params.get(call.ctx.func, ()):
            return "param", None, None
        bound = scope.local_value(arg.text, call)
        if bound is not None and bound.kind != "int" and depth < 3:
            return _origin(bound, call, scope, depth + 1)
        value = scope.module_constant(arg.text, call.ctx.func)
        if value is None and scope.last_binding(arg.text, call.ctx.func) is None:
            value = scope.imported.get(arg.text)  # `from config import SEED`
        if value is not None and scope.globals_overridden(call):
            return "option", value, None  # nanoGPT's `exec(open('configurator.py').read())`: `--seed=N` sets it
        if value is not None:
            return "constant", value, None
        option = scope.option_for(Expr(f".{arg.text}", "attr"))
        if option is not None and re.fullmatch(r"_?(seed|random_seed|SEED|RANDOM_SEED)", arg.text):
            return ("option", option.default, option) if option.kind != "config" else ("option", option.default, option)
        return "unknown", None, None
    if arg.kind in ("attr", "subscript"):
        if arg.kind == "attr" and (bound := scope.attribute_override(arg.text, call)) is not None and depth < 3:
            return ("constant", bound.value, None) if bound.kind == "int" else _origin(bound, call, scope, depth + 1)
        constant = _class_constant(arg.text, call, scope)
        if constant is not None:
            return "constant", constant, None
        member = _enum_member(arg.text, scope.enum_members)
        attribute = scope.enum_attributes.get(arg.text.removesuffix(".value").rsplit(".", 1)[-1], set()) \
            if arg.text.endswith(".value") else set()
        member = next(iter(attribute)) if member is None and len(attribute) == 1 else member
        if member is not None:
            return "constant", member, None
        option = scope.option_for(Expr(arg.text[:-len(".value")], "attr") if arg.text.endswith(".value") else arg)
        if option is not None:
            return "option", option.default, option
        picked = scope.list_item(arg, call.ctx.func)
        if picked is None:
            picked = scope.dict_entry(arg, call.ctx.func)
        if picked is not None:
            return "constant", picked, None
        return "unknown", None, None
    fallback = _MAPPING_GET.fullmatch(arg.text) if arg.kind == "call" else None
    if fallback is not None and is_seed_name(fallback[2]):
        # `config.get("seed", 42)`: the option or config setting of that key where the project has one; else the
        # fallback, which every run then gets
        option = scope.option_for(Expr(f"{fallback[1]}.{fallback[2]}", "attr"))
        value = int(fallback[3])
        return ("option", value if option.default is None else option.default, option) if option is not None \
            else ("default", value, None)
    if arg.kind == "call" and arg.qualname in ("int",) and len(arg.names) <= 2:
        option = scope.option_for(Expr(arg.text[4:-1], "attr")) if arg.text.startswith("int(") else None
        if option is not None:
            return "option", option.default, option
    return "unknown", None, None


# -- programs run by launchers ---------------------------------------------------------------------
def program_file(program: str, launch_path: str, python_paths: list[str]) -> str | None:
    """The project file an invocation runs: `train.py`, `./src/train.py`, `-m pkg.train`."""
    if program.startswith("-m "):
        wanted = program[3:].strip().replace(".", "/")
        candidates = [wanted + ".py", wanted + "/__main__.py"]
    else:
        candidates = [program.lstrip("./")]
        beside = _beside_launcher(program, launch_path, python_paths)
        if beside is not None:
            return beside
    for candidate in candidates:
        for path in python_paths:
            norm = _posix(path)[0]
            if norm == candidate or norm.endswith("/" + candidate):
                return path
    base = PurePosixPath(candidates[0]).name
    matches = [p for p in python_paths if _posix(p)[1] == base]
    return matches[0] if len(matches) == 1 else None


def _project_paths(project: "ProjectFacts") -> list[str]:
    """All the project's Python files, those the prefilter left unread (no seed token) too."""
    if "launch-paths" not in project.memo:
        project.memo["launch-paths"] = [f.path for f in project.python_files()] + sorted(project.unread_python)
    return project.memo["launch-paths"]


def launched_file(program: str, launch_path: str, project: "ProjectFacts") -> str | None:
    """The project file a launch line runs (see program_file), looked for among all the project's Python files,
    those the prefilter left unread (no seed token) too: `tokenization/train.sh` running `run.py` runs
    `tokenization/run.py`, not the one `run.py` elsewhere that has a seed. None when the file run is unread or
    not the project's."""
    target = program_file(program, launch_path, _project_paths(project))
    return None if target in project.unread_python else target


def _beside_launcher(program: str, launch_path: str, python_paths: list[str]) -> str | None:
    """The script a relative launch line names next to its launcher (`informers.py` run by `online/run.sh` is
    `online/informers.py`, `../train.py` is the parent folder's), when the launcher's own folder holds it (an
    archived `src/v2/` with its launcher and its own `segment.py` runs that copy, not the newer one at the root) or
    the project has no script of that path at its root: two folders that each hold a script of one name run their
    own, not whichever is listed first.
    A launcher kept in a subfolder (`svhn/jobs/fit.sh` running `train.py`) is run from a folder above it: the
    nearest folder above that holds the script is the one it runs."""
    folder = PurePosixPath(launch_path.replace("\\", "/")).parent
    if not folder.parts or program.startswith("/"):
        return None
    own = posixpath.normpath((folder / program).as_posix())
    if own in python_paths:
        return own  # a folder holding the script and its launcher (an archived `v2/`) runs its own copy
    if posixpath.normpath(program) in python_paths:
        return None
    for above in (folder, *folder.parents[:-1]):
        near = posixpath.normpath((above / program).as_posix())
        if near in python_paths:
            return near
    return None


@functools.lru_cache(maxsize=1 << 14)
def _posix(path: str) -> tuple[str, str]:
    """(posix form, file name) of a project path: program_file looks at every project file for each launch line."""
    pure = PurePosixPath(path.replace("\\", "/"))
    return pure.as_posix(), pure.name


def _count_value(value: str) -> int:
    return int(value) if re.fullmatch(r"\d+", value.strip()) else 0


def invocation_seeds(invocation: Invocation, project: "ProjectFacts | None" = None) -> tuple[str | None, tuple[str, ...], int, int]:
    """(seed option, literal seed values, number of seeds it runs, line) for one invocation.

    Number 0: the program's default seed runs once (no seed passed, no count). An installed toolkit's training
    command (toolkits.py) that passes no seed runs at the toolkit's own default seed, where it has one (one run,
    that value), unless the project holds its own copy of the toolkit. Values come from the
    option itself, the loop or parallel list feeding it, or a Hydra multirun list. Given the project, a launch
    of a Lightning CLI program also reads its `--seed_everything` and, without one, its stacked configs' seed.
    """
    cli = project is not None and id(invocation) in _cli_launches(project)
    counted = project.memo.get("count-option-names", set()) if project is not None else set()
    for name, value in invocation.options.items():
        if (is_count_name(name) or name.replace("-", "_") in counted) and _count_value(value) >= 2:
            return None, (), _count_value(value), invocation.option_lines.get(name, invocation.line)
    respelled = _seed_spellings(invocation, project) if project is not None else set()
    for name, value in invocation.options.items():
        if not (is_seed_name(name) or cli and name == SEED_KEY or option_field(name) in respelled) or value == "":
            continue  # a bare switch named for seeding (`--fix-seed`) turns seeding on and passes no seed
        if is_evaluation_seed_name(name) or is_search_seed_name(name):
            continue  # the seed of the validation pass, or of a hyper-parameter search: the training seed is another
        line = invocation.option_lines.get(name, invocation.line)
        if cli and name == SEED_KEY and value.lower() in ("true", "false"):
            return None, (), 0, line  # a seed drawn afresh per run, or none: nothing fixed
        for ref, values in invocation.loop_values.items():
            if reads_loop_variable(value, ref):
                if not values:
                    return name, (), 2, invocation.loop_lines.get(ref, line)
                return name, tuple(values), len(values), invocation.loop_lines.get(ref, line) if len(values) == 1 else line
        if "multirun" in invocation.options and ("," in value or value.startswith(("range(", "choice("))):
            values = hydra_values(value)
            return name, values, len(values), line
        words = value.split()
        if words and all(re.fullmatch(r"-?\d+", w) for w in words):
            return name, tuple(words), len(words), line
        if re.fullmatch(r"-?\d+", value.strip()):
            return name, (value.strip(),), 1, line
        if re.fullmatch(r"\$\{\w+:?[-=]-?\d+\}", value.strip()):
            return name, (), 1, line  # `${SEED:-42}`: one seed, which the environment may set
        forwarded = _forwarded_option(invocation, value, project) if project is not None else None
        if forwarded is not None and type(forwarded.default) is int and not _run_at_several_seeds(forwarded.path, project):
            return name, (str(forwarded.default),), 1, forwarded.line  # the driver's default, unless launched at others
        return name, (), 2 if "$" in value else 1, forwarded.line if forwarded is not None else line
    seed = cli_seed(invocation, project) if cli else None
    if isinstance(seed, int) and not isinstance(seed, bool):
        return SEED_KEY, (str(seed),), 1, invocation.line  # the seed its stacked configs fix
    toolkit = toolkit_of(invocation.program)
    if toolkit is not None and toolkit.default_seed is not None and (project is None or not toolkit.held_by(_project_paths(project))):
        return toolkit.seed_options[0], (str(toolkit.default_seed),), 1, invocation.line  # the toolkit's own default
    if project is not None and not cli:
        open_options = _open_seed_options(invocation, project)
        seed = named_config_seed(invocation, project, set(open_options))
        if isinstance(seed, int) and not isinstance(seed, bool):
            return min(open_options), (str(seed),), 1, invocation.line  # the seed the named config fills in
        primary = _hydra_primary_seed(invocation, project)
        if primary is not None:
            return primary.name, (str(primary.default),), 1, invocation.line  # the seed its primary config holds
    return None, (), 0, invocation.line


def _hydra_primary_seed(invocation: Invocation, project: "ProjectFacts") -> SeedOption | None:
    """The seed a Hydra program's primary config holds (`@hydra.main(config_path="configs", config_name="main")`
    reading `configs/main.yaml`'s `seed: 0`), which every launch overriding no seed runs at; None for other programs
    or a primary config without a literal seed."""
    program = _launched_programs(project).get(id(invocation))
    facts = project.files.get(program) if program is not None else None
    return project.per_file("hydra-primary-seed", facts, _primary_config_seed) if isinstance(facts, FileFacts) else None


def _primary_config_seed(program: FileFacts, project: "ProjectFacts") -> SeedOption | None:
    """The literal top-level seed of the primary config a Hydra program names, once per program and pass."""
    for call in program.calls:
        folder, name = call.kwargs.get("config_path"), call.kwargs.get("config_name")
        if call.qualname != "hydra.main" or any(arg is None or arg.kind != "str" for arg in (folder, name)):
            continue
        stem = posixpath.normpath(posixpath.join(posixpath.dirname(program.path), folder.value, name.value))
        return next((o for o in project.seed_options if o.kind == "config" and posixpath.splitext(o.path)[0] == stem
                     and "." not in o.name and type(o.default) is int), None)
    return None


def reads_loop_variable(value: str, ref: str) -> bool:
    """An option value that reads the launcher's loop variable `ref`: a shell variable (`$ref`, `${ref}`) or a GNU
    parallel placeholder filled from a `:::` list (`{1}`)."""
    return "$" + ref in value or "${" + ref in value or ref.startswith("{") and ref in value


def _forwarded_option(invocation: Invocation, value: str, project: "ProjectFacts") -> SeedOption | None:
    """The seed option of a Python driver that its own launch passes on (`os.system(f"python fit.py --seed
    {args.seed}")`): the one seed the launch runs is that option's, written where the driver declares it."""
    field = re.fullmatch(r"\{(?:\w+\.)*(\w+)\}", value.strip())
    driver = next((launch.path for launch in project.python_launches
                   if any(i is invocation for i in launch.invocations)), None) if field else None
    return next((o for o in project.seed_options if o.path == driver and o.name == field[1]), None) if driver else None


_STRING = re.compile(r"""[rbuRBUfF]*(['"])(?:\\.|(?!\1).)*\1""")


def _read_somewhere(options: list[SeedOption], project: "ProjectFacts") -> list[SeedOption]:
    """The command-line seed options some code of the project reads (`args.seed`, `vars(args)["seed"]`,
    `getattr(opts, "seed")`, a function parameter `seed` that `**vars(args)` or click fills): an option parsed and
    never read (`--seed` declared, the trainer seeding a literal) is no way to change the seed."""
    spelled = {id(o): _read_names(o, project) for o in options if o.kind in ("argparse", "click")}
    names = set().union(*spelled.values())
    if not names:
        return options
    alternatives = "|".join(sorted(map(re.escape, names)))
    quoted = re.compile(rf"""['"]({alternatives})['"]""")
    named = re.compile(rf"(?<![\w-])({alternatives})\b(?!\s*\()")
    read: set[str] = set()
    for facts in project.python_files():
        texts = [a.text for c in facts.calls for a in (*c.args, *c.kwargs.values())]
        texts += [a.value.text for a in facts.assigns] + [b.test.text for b in facts.branches]
        texts += [x.text for c in facts.compares for x in (c.left, *c.right)] + [v.text for _, v, _ in facts.returns]
        texts += [loop.iter.text for loop in facts.loops if loop.iter is not None]
        text = "\n".join(texts)
        read.update(quoted.findall(text))
        read.update(named.findall(_STRING.sub(" ", text)))
        read.update(p.name for f in facts.functions for p in f.params if p.name in names)
        if read >= names:
            break
    return [o for o in options if o.kind not in ("argparse", "click") or spelled[id(o)] & read]


def _read_names(option: SeedOption, project: "ProjectFacts") -> set[str]:
    """The names code reads an option by: its name, and the `dest=` its declaration gives (`-seeds` kept in
    `args.seeds_path`)."""
    declared = project.files.get(option.path)
    dests = {c.kwargs["dest"].value for c in getattr(declared, "calls", ()) if c.line == option.line
             and "dest" in c.kwargs and c.kwargs["dest"].kind == "str"}
    return {option.name, *dests}


def _run_at_several_seeds(path: str, project: "ProjectFacts") -> bool:
    """Some launch file of the project (a shell script, a README recipe) runs this program at two or more seeds;
    the programs so run are found once per project pass (every forwarded seed of every driver asks)."""
    if "run-at-several-seeds" not in project.memo:
        project.memo["run-at-several-seeds"] = {
            launched_file(inv.program, launch.path, project) for launch in project.files.values()
            if isinstance(launch, LaunchFacts) for inv in launch.invocations if invocation_seeds(inv)[2] >= 2}
    return path in project.memo["run-at-several-seeds"]


def _open_seed_options(invocation: Invocation, project: "ProjectFacts") -> list[str]:
    """The seed options (argparse, click) of the program a launch runs that have no default: a config file the
    launch names (`-c a.yaml` holding `seed: 7`) fills them in."""
    program = _launched_programs(project).get(id(invocation))
    return [o.name for o in project.seed_options if o.path == program and o.kind in ("argparse", "click")
            and o.default is None and not o.is_list]


def _launched_programs(project: "ProjectFacts") -> dict[int, str]:
    """The project file each launch runs, by the launch's identity within this project pass (the launches whose
    program is not the project's are left out)."""
    if "launched-programs" not in project.memo:
        project.memo["launched-programs"] = {
            id(inv): target for launch in project.launch_files() for inv in launch.invocations
            if (target := launched_file(inv.program, launch.path, project)) is not None}
    return project.memo["launched-programs"]


def program_option_aliases(path: str, project: "ProjectFacts") -> dict[str, str]:
    """Every spelling of a project program's options → the option's name (see option_aliases), over the program and
    the project modules it imports: a parser built by a helper module (`def parse(): p.add_argument("-s",
    "--seed")`) gives the program its options. Once per file and pass."""
    facts = project.files.get(path)
    if not isinstance(facts, FileFacts):
        return {}

    def spellings(program: FileFacts, _project) -> dict[str, str]:
        merged: dict[str, str] = {}
        for module in (*imported_modules(program, project), program):  # the program's own spelling wins
            merged.update(option_aliases(module))
        return merged
    return project.per_file("program-option-aliases", facts, spellings)


def _seed_spellings(invocation: Invocation, project: "ProjectFacts") -> set[str]:
    """The spellings on a launch line that set its program's seed option under a name of no seed (`-s` of
    `add_argument("-s", "--seed")`)."""
    target = _launched_programs(project).get(id(invocation))
    if target is None:
        return set()
    return {spelling for spelling, name in program_option_aliases(target, project).items()
            if is_seed_name(name) and not is_seed_name(spelling)}


def _cli_launches(project: "ProjectFacts") -> set[int]:
    """The launches (by identity, within this project pass) that run a Lightning CLI entry point of the project."""
    if "cli-launches" not in project.memo:
        entries = {f.path for f in project.python_files() if cli_entry(f)}
        project.memo["cli-launches"] = {i for i, target in _launched_programs(project).items() if target in entries} \
            if entries else set()
    return project.memo["cli-launches"]


@dataclass
class VariationFacts:
    options: list[SeedOption]
    counts: list[CountOption]
    sweeps: list[Sweep]
    runs: dict[str, list[tuple[str, Invocation]]]  # python path → (launch file, invocation) that run it
    variation: SeedVariation


def project_variation(project: "ProjectFacts") -> VariationFacts:
    """Seed options, sweeps and the project's seed-variation fact (options first: loops read their defaults)."""
    options: list[SeedOption] = []
    counts: list[CountOption] = []
    for facts in project.python_files():
        s, c = seed_options(facts, project)
        options += s
        counts += c
    options = _read_somewhere(options, project)
    for facts in project.launch_files():
        s, c = config_seed_options(facts)
        options += s
        counts += c
    project.seed_options = options
    # the programs' own run counts, whatever their names (`--itr` bounding a loop that retrains the model)
    project.memo["count-option-names"] = {option_field(c.name.rsplit(".", 1)[-1]) for c in counts}
    project.python_launches = _python_launches(project, options, counts)
    sweeps: list[Sweep] = []
    runs: dict[str, list[tuple[str, Invocation]]] = {}
    for facts in project.launch_files():
        for line, what, values in facts.sweeps:
            if not facts.invocations:
                sweeps.append(Sweep(facts.path, line, what, values, len(values)))
        for invocation in facts.invocations:
            target = launched_file(invocation.program, facts.path, project)
            if target is not None:
                runs.setdefault(target, []).append((facts.path, invocation))
            name, values, count, line = invocation_seeds(invocation, project)
            if count >= 2:
                what = "repeat count" if name is None else "launcher"
                sweeps.append(Sweep(facts.path, line, what, values, count, target or invocation.program))
        passed: dict[str, list[tuple[str, int, Invocation]]] = {}
        for invocation in facts.invocations:  # one program launched with different literal seeds
            name, values, count, line = invocation_seeds(invocation, project)
            if count == 1 and values:
                passed.setdefault(invocation.program, []).append((values[0], line, invocation))
        for program, launched in passed.items():
            seen = {seed: line for seed, line, _ in reversed(launched)}
            if len(seen) >= 2 and _rerun_at_another_seed(launched):
                sweeps.append(Sweep(facts.path, min(seen.values()), "separate runs", tuple(sorted(seen, key=seen.get)),
                                    len(seen), launched_file(program, facts.path, project) or program))
    reached = _reached(project)
    launched = _as_launched(options, runs, project)
    dormant: list[Sweep] = []  # seed loops in functions nothing calls: a caller could run them, none does
    for facts in project.python_files():
        lists, called = module_lists(facts), _loops_with_calls(facts)
        for loop in seed_loops(facts, project).values():
            values, count = loop_values(loop, facts, launched, counts, lists)
            if count != 1 and loop.id in called and not _within_one_run(loop, facts, project):
                sweep = Sweep(facts.path, loop.line, "python loop", values, count or 2, facts.path)
                (sweeps if reached(facts, loop.ctx) else dormant).append(sweep)
        sweeps += grid_sweeps(facts)
    sweeps += config_seed_lists(options)
    for option in launched:
        if option.is_list and isinstance(option.default, list) and len(option.default) > 1:
            sweeps.append(Sweep(option.path, option.line, "seed list option", tuple(str(v) for v in option.default),
                                len(option.default), option.path))
    config_paths = {f.path for f in project.launch_files()}
    for count in counts:  # a repeat count in a config file (`repeats: 100`) repeats something else than training runs
        if isinstance(count.default, int) and count.default >= 2 and count.path not in config_paths:
            for program in (count.path, *count.repeated_in):
                if not _launched_once_each(count, runs.get(program, [])):
                    sweeps.append(Sweep(count.path, count.line, "repeat count", (), count.default, program))
    sweeps = [s for s in sweeps if not seed_search(s) and not evaluation_only(s, project)]
    return VariationFacts(options, counts, sweeps, runs, _summarise(project, options, sweeps, dormant))


def _launched_once_each(count: CountOption, launches: list[tuple[str, Invocation]]) -> bool:
    """Every launch of the program sets the run count to one (`--rounds 1`): its default of several repeats no run."""
    field = option_field(count.name.rsplit(".", 1)[-1])
    given = [next((value for name, value in invocation.options.items() if option_field(name) == field), None)
             for _, invocation in launches]
    return bool(given) and all(value is not None and value.strip("'\"") in ("0", "1") for value in given)


def _as_launched(options: list[SeedOption], runs: dict[str, list[tuple[str, Invocation]]],
                 project: "ProjectFacts") -> list[SeedOption]:
    """The seed options with a list option's default replaced by the seeds the project's launches pass, where every
    launch of every program that reads it (its own file, or one importing it) passes one (`--seeds 42` in each
    script, while `nargs="+"` defaults to `[42, 43, 44]`): that default never runs. A program launched without the
    option, or not launched by any file, runs the default."""
    out = []
    for option in options:
        if not (option.is_list and isinstance(option.default, list) and len(option.default) > 1):
            out.append(option)
            continue
        programs = [path for path in runs if path == option.path or isinstance(project.files.get(path), FileFacts)
                    and any(m.path == option.path for m in imported_modules(project.files[path], project))]
        passed = [invocation_seeds(invocation, project) for path in programs for _, invocation in runs[path]]
        own = option.name.rsplit(".", 1)[-1]
        if passed and all(name is not None and option_field(name) == own and count == len(values) == 1
                          for name, values, count, _ in passed):
            option = replace(option, default=sorted({values[0] for _, values, _, _ in passed}))
        out.append(option)
    return out


def _rerun_at_another_seed(launched: list[tuple[str, int, Invocation]]) -> bool:
    """Some configuration among one program's launches runs again at another literal seed: separate lines that each
    run another configuration at a seed of its own (a baseline at 2021, the other models at 42) sweep nothing."""
    return any(seed != other_seed and one_configuration(invocation.options, other.options, (seed, other_seed))
               for n, (seed, _, invocation) in enumerate(launched) for other_seed, _, other in launched[n + 1:])


# -- seeds varied for something else than training runs -----------------------------------------------
_SEARCH_NAME = re.compile(r"seeds?[\W_]*(?:search|select|hunt|scan|tun|find|pick)|"
                          r"(?<![a-z])(?:search|find|best|select|pick|tune)[\W_]*(?:[a-z]+[\W_]+)?seeds?(?![a-z])", re.IGNORECASE)
_TRAINS = re.compile(r"^(?:fit|partial_fit|fit_\w+|backward|learn|train\w*|\w+_train|run_training|run_experiment)$")
_LOADS = re.compile(r"^(?:load_state_dict|(?:load|restore)(?:_\w*)?_(?:model|checkpoint|ckpt|weights|policy|agent)\w*|"
                    r"restore|from_checkpoint)$")


_EVALUATES = re.compile(r"(?<![a-z])(?:eval|test|infer|predict|render|plot|vis|demo)", re.IGNORECASE)


def seed_search(sweep: Sweep) -> bool:
    """A sweep in a seed search (`seed_search.py`, `find_best_seed.py`, `run/seed_search.bash`, a README's
    `python seed_search_main.py --seeds ...`): it tries seeds to pick the one to release, and the project's
    results run that one; the seeds tried are no runs of the experiment."""
    return in_seed_search(sweep.path) or in_seed_search(sweep.program or "")


def in_seed_search(path: str) -> bool:
    """A file of a seed search, by its name or the folder it sits in (`find_best_seed.py`, `seed_search/run.py`)."""
    return any(_SEARCH_NAME.search(name) for name in PurePosixPath(path.replace("\\", "/")).parts[-2:])


def evaluation_only(sweep: Sweep, project: "ProjectFacts") -> bool:
    """A sweep of a program that loads a trained model, or is named for evaluating, rendering or plotting, and
    trains nothing (evaluation episodes or test runs over seeds, a checkpoint scan, a rendering repeated): its
    seeds vary the evaluation, not the training run."""
    program = project.files.get(sweep.program or sweep.path)
    return isinstance(program, FileFacts) and evaluates_only(program) and not model_per_seed(program)


def evaluates_only(program: FileFacts) -> bool:
    """A program that loads a trained model, or is named for evaluating, rendering or plotting, and calls nothing
    that trains: what it runs was trained by another program."""
    last = [call.qualname.rsplit(".", 1)[-1] for call in program.calls]
    loads = any(_LOADS.match(name) for name in last) or any(call.qualname == "torch.load" for call in program.calls)
    named = _EVALUATES.search(PurePosixPath(program.path.replace("\\", "/")).stem)  # `render_trajectory.py --repeat 3`
    return (loads or bool(named)) and not any(_TRAINS.match(name) for name in last)


def model_per_seed(facts: FileFacts) -> bool:
    """It loads the model trained under each seed (`torch.load('{}-{}.pt'.format(model, args.seed))`, the path
    bound to a name first): evaluating it per seed evaluates every training run, so the sweep stands."""
    bound: dict[str, list[Expr]] = {}
    for assign in facts.assigns:
        for target in assign.targets:
            bound.setdefault(target.text, []).append(assign.value)
    for call in facts.calls:
        if not (_LOADS.match(call.qualname.rsplit(".", 1)[-1]) or call.qualname == "torch.load"):
            continue
        for arg in call.args:
            if _reads_seed(arg) or any(_reads_seed(value) for value in bound.get(arg.text, ())):
                return True
    return False


def _reads_seed(expr: Expr) -> bool:
    """An identifier or attribute named for the seed, outside string literals (`args.seed`, `seed`)."""
    code = re.sub(r"""(['"]).*?\1""", " ", expr.text)
    return any(is_seed_name(word) for word in re.findall(r"[A-Za-z_]\w*", code))


def _python_launches(project: "ProjectFacts", options: list[SeedOption], counts: list[CountOption]) -> list[LaunchFacts]:
    """Driver scripts' os.system/subprocess commands, read as launchers (their loops' literal values feed them)."""
    from .pylaunch import RUNNERS, python_launches  # on use: pylaunch reads launchers.py, which may import this module

    out = []
    for facts in project.python_files():
        if not any(call.qualname in RUNNERS for call in facts.calls):
            continue
        lists, listed = module_lists(facts), _listed_defaults(facts)

        def values(loop: Loop) -> tuple[tuple[str, ...], int]:
            found = loop_values(loop, facts, options, counts, lists)[0]
            if not found and loop.iter is not None and loop.iter.kind in ("name", "attr"):
                found = listed.get(loop.iter.text.rsplit(".", 1)[-1], ())
            return found, written_at(loop, facts)

        launch = python_launches(facts, values, project.lines_of(facts.path))  # comments and variables read as a launcher's
        if launch is not None:
            out.append(launch)
    return out


def option_defaults(facts: FileFacts, kinds: tuple[str, ...]) -> dict[str, Any]:
    """The literal defaults of a file's options whose default is of one of `kinds` (`add_argument("--task",
    default="chunks")` → task: "chunks"; `--methods nargs="+" default=["a", "b"]` → methods: ["a", "b"])."""
    out = {}
    for call in facts.calls:
        default = call.kwargs.get("default")
        if call.qualname.rsplit(".", 1)[-1] in _OPTION_CALLS and default is not None and default.kind in kinds \
                and (name := option_name(call)):
            out[name] = default.value
    return out


def _listed_defaults(facts: FileFacts) -> dict[str, tuple[str, ...]]:
    """The file's own options whose default is a list of literals: the values a driver runs when it loops over that
    option as given."""
    return {name: tuple(map(str, value)) for name, value in option_defaults(facts, ("list",)).items()
            if isinstance(value, list)}


# calls whose seed picks data or an episode inside one run: a shuffle, split or sample, an environment reset
_WITHIN_RUN = re.compile(r"split|fold|sampl|shuffle|permut|reset|dataset", re.IGNORECASE)


def _within_one_run(loop: Loop, facts: FileFacts, project: "ProjectFacts") -> bool:
    """A loop whose variable seeds only data shuffles or episode resets, and that trains nothing: it varies the
    data parts or evaluation episodes of one run (`for ep in range(n): env.reset(seed=seed + ep)`), not runs."""
    names = set(loop.targets) | _derived_names(facts, {loop.id: set(loop.targets)}).get(loop.id, set())
    seeding = []
    for call in facts.calls:
        if loop.id not in call.ctx.loops:
            continue
        if fits(call, facts):
            return False
        seeding += [call for _, arg in _seed_args(call, project, facts) if names & set(arg.names)]
    return bool(seeding) and all(_WITHIN_RUN.search(call.qualname.rsplit(".", 1)[-1]) for call in seeding)


def loop_has_calls(loop: Loop, facts: FileFacts) -> bool:
    """A call inside the loop, at any depth: the loop runs something per seed, not only collects them."""
    return loop.id in _loops_with_calls(facts)


def _loops_with_calls(facts: FileFacts) -> set[int]:
    """Every loop with a call inside it (at any depth)."""
    return {loop_id for call in facts.calls for loop_id in call.ctx.loops}


def _summarise(project: "ProjectFacts", options: list[SeedOption], sweeps: list[Sweep], dormant: list[Sweep]) -> SeedVariation:
    if sweeps:
        values = list(dict.fromkeys(v for sweep in sweeps for v in sweep.values))
        count = max(len(values), max(s.count for s in sweeps))
        return SeedVariation("swept", count, tuple(values), [(s.path, s.line, s.what) for s in sweeps])
    reached = _reached(project)
    # a seed drawn afresh on every run (`args.seed = random.randint(0, 1000)`) fixes nothing: unseeded
    uses = [(f, u) for f in project.python_files() for u in seed_uses(f, project) if reached(f, u.call.ctx) and u.origin != "time"]
    if dormant and uses:
        return SeedVariation("capacity-only", 1, (), [(s.path, s.line, "seed loop nothing calls") for s in dormant])
    options = [o for o in options if not in_seed_search(o.path)]  # the seeds a search tries are no runs' options
    if options and uses and _command_line(project, options):
        passed = _passed_literals(project, options) or _pinned_in_code(project, reached)
        if passed:  # every launch of an entry point with a seed option passes a literal, or the code sets one
            return SeedVariation("fixed-only", 1, tuple(dict.fromkeys(v for v, _, _ in passed)),
                                 [(path, line, f"--seed {value}") for value, path, line in passed])
        return SeedVariation("capacity-only", 1, (), [(o.path, o.line, f"seed option {o.name}") for o in options])
    if options and uses:  # seeds written in config files or settings classes, no command line to change them
        values = tuple(dict.fromkeys(str(o.default) for o in options if isinstance(o.default, int)))
        return SeedVariation("fixed-only", 1, values, [(o.path, o.line, f"seed setting {o.name}") for o in options])
    if uses:
        fixed = [u for _, u in uses if u.origin in ("literal", "constant", "default")]
        training = [u for u in fixed if not _WITHIN_RUN.search(u.call.qualname.rsplit(".", 1)[-1])]
        values = tuple(dict.fromkeys(str(u.value) for u in training or fixed))  # a split's seed only when no other
        return SeedVariation("fixed-only", 1, values, [(f.path, u.line, u.call.qualname) for f, u in uses])
    pinned = [(launch.path, inv.line, seeds[1][0]) for launch in project.launch_files() for inv in launch.invocations
              if id(inv) in _cli_launches(project) and (seeds := invocation_seeds(inv, project))[1]]
    if pinned:  # a Lightning CLI program run at the seed its configs or command line fix
        return SeedVariation("fixed-only", 1, tuple(dict.fromkeys(v for *_, v in pinned)),
                             [(path, line, f"{SEED_KEY} {value}") for path, line, value in pinned])
    return SeedVariation("unseeded")


# command-line parsers that turn config files or settings classes into options (`python train.py seed=3`)
CONFIG_CLI = re.compile(r"(?:^|\.)(?:hydra\.main|HfArgumentParser|from_cli|tyro\.cli|ArgumentParser\.parse_object|"
                         r"simple_parsing\.\w+|draccus\.\w+|CLI)$")


_SEEDING_NAME = re.compile(r"seed|rng|random|determinis|reproduc", re.IGNORECASE)


def _command_line(project: "ProjectFacts", options: list[SeedOption]) -> bool:
    """Can a run change the seed without editing a file: an argparse/click/absl option, or config files and
    settings classes that a command-line parser (Hydra, HfArgumentParser, tyro, …) exposes."""
    if any(o.kind in ("argparse", "click") for o in options):
        return True
    return any(CONFIG_CLI.search(name) for f in project.python_files()
               for name in (*(c.qualname for c in f.calls), *(d for fn in f.functions for d in fn.decorators)))


def _passed_literals(project: "ProjectFacts", options: list[SeedOption]) -> list[tuple[str, str, int]]:
    """(value, launch file, line) of the literal seeds the project's launch lines pass, when no launch of an
    entry point that has a command-line seed option runs its default (empty otherwise, or with no launch)."""
    with_option = {o.path for o in options if o.kind in ("argparse", "click")}
    passed = []
    for launch in project.launch_files():
        for invocation in launch.invocations:
            if {"h", "help"} & set(invocation.options):
                continue
            _, values, count, line = invocation_seeds(invocation, project)
            if count == 1 and values:
                passed.append((values[0], launch.path, line))
            elif launched_file(invocation.program, launch.path, project) in with_option:
                return []  # this launch runs the option's default (or a value the environment may set)
    return passed


def _pinned_in_code(project: "ProjectFacts", reached) -> list[tuple[str, str, int]]:
    """(value, file, line) of literals the code assigns to a seed option (`args.seed = 42`,
    `cfg["seed"] = 0`): the runs that read the option there read that literal, whatever the command line says."""
    out = []
    for facts in project.python_files():
        for assign in facts.assigns:
            if assign.op == "=" and assign.value.kind == "int" and reached(facts, assign.ctx) and any(
                    t.kind in ("attr", "subscript") and is_seed_name(re.sub(r"""[\[\]'"]""", "", t.text.rsplit(".", 1)[-1].rsplit("[", 1)[-1]))
                    for t in assign.targets):
                out.append((str(assign.value.value), facts.path, assign.line))
    return out


def _reached(project: "ProjectFacts"):
    """A predicate: does code at this place run at all? Not in a module-level function named for seeding
    (`set_seed`, `seed_ensemble`) that nothing in the project calls or passes on (imported and never called):
    its seeds reach no run. Other functions may be entry points run from outside (console scripts), so they
    count as reached."""
    if "used-names" not in project.memo:
        used: set[str] = set()
        for facts in project.python_files():
            for call in facts.calls:
                used.add(call.qualname.rsplit(".", 1)[-1])
                used.update(n for a in (*call.args, *call.kwargs.values()) for n in a.names)
            for assign in facts.assigns:
                used.update(assign.value.names)
        project.memo["used-names"] = used
    used = project.memo["used-names"]

    def reached(facts: FileFacts, ctx: Context) -> bool:
        top = ctx.func.split(".")[0]
        if not top or top in used or not _SEEDING_NAME.search(top):
            return True
        function = project.function_named(facts, top)
        return function is None or function.class_name is not None or bool(function.decorators)
    return reached


def sweeps_for(project: "ProjectFacts", path: str) -> list[Sweep]:
    """Sweeps that vary this python file's seed: aimed at it, inside it, or of unknown target."""
    return [s for s in project.sweeps if s.program in (path, None) or s.path == path]
