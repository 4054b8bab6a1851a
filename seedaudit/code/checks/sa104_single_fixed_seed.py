"""SA104 single fixed seed: an entry point hard-codes its seed and offers no way to run another.

Information only: a fixed seed is fine for debugging, but a result from it is one draw. When the file
also compares models under that seed, SA101 says so instead; a constant reseed inside a loop is SA108's.
"""
from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Iterator

from ..facts import FileFacts
from ..seed_names import is_seed_name
from ..variation import CONFIG_CLI, calls_by_function, seed_loops, seed_uses
from . import Hit, check
from ..experiment import inside_loops, is_train
from ..draw_use import feeds_nothing, unused_generator
from ..seeded import data_order_seeding, import_time_families, in_data_class, seed_events, seeded_families
from ..sinks import drawn_family, trainer_settings_default
from ..reach import named_in_unread
from ..timing import times_only
from ..training import STEP_CALLS
from .sa101_single_seed_comparison import kept_by_callee, projection_seed, python_comparison, seeding_left_off

_ROUTES = ("option", "env", "loop", "param", "time", "derived")
# a fixed data split is common practice and leaves training randomness free: not a single fixed seed
_DATA_SPLIT = re.compile(r"split|fold|shuffle|sample|bootstrap|resample|^mutual_info_", re.IGNORECASE)
# a seed that makes a toy data set (`make_classification(..., random_state=1)`): the data every run shares, not the run
_DATA_MAKERS = ("sklearn.datasets.",)
# a seed that places a picture's elements (`nx.spring_layout(g, seed=42)`, a jittered scatter) fixes a drawing, not a run
_DRAWING = re.compile(r"layout|plot|draw|jitter", re.IGNORECASE)


def _data_order_generator(call, facts: FileFacts, project) -> bool:
    """`rng = random.Random(12345)` that only shuffles or samples the data (BERT's pre-shuffle): a fixed
    data order, like a fixed split, which leaves the training randomness free."""
    names = set(call.targets)
    if not names:
        return False
    methods_of, passed = project.per_file("methods-and-arguments", facts, _methods_and_arguments)
    methods = [m for name in names for m in methods_of.get(name, ())]
    return bool(methods) and not names & passed and all(_DATA_SPLIT.search(m) or m in ("choice", "permutation")
                                                         for m in methods)


def _methods_and_arguments(facts: FileFacts, project) -> tuple[dict[str, list[str]], set[str]]:
    """Receiver → the methods called on it, and every name passed to a call (one pass for every seed use)."""
    methods: dict[str, list[str]] = {}
    for c in facts.calls:
        receiver, _, method = c.qualname.rpartition(".")
        methods.setdefault(receiver, []).append(method)
    return methods, {n for c in facts.calls for arg in (*c.args, *c.kwargs.values()) for n in arg.names}


def _overridden_options(facts: FileFacts) -> set[str]:
    """Options the file itself overwrites with a literal, unconditionally (`args.seed = 42` after parsing):
    the option is still declared, but no value given to it reaches the code."""
    return {target.text.rsplit(".", 1)[-1] for assign in facts.assigns
            if assign.op == "=" and assign.value.kind == "int"
            and all(facts.branch(c).main_guard for c in assign.ctx.conds)
            for target in assign.targets if target.kind == "attr"}


def _parsed_setting_seed(facts: FileFacts, uses) -> bool:
    """A seeding from the seed field of settings that a command-line parser of this file fills
    (`set_seed(training_args.seed)` after `HfArgumentParser(...).parse_args_into_dataclasses()`): the run passes
    its seed on the command line, so a literal seed set before it is reset, not the run's only seed."""
    if not any(CONFIG_CLI.search(c.qualname) for c in facts.calls):
        return False
    for use in uses:
        arg = use.call.arg(int(use.key) if use.key.isdigit() else -1, use.key)
        if use.origin == "unknown" and arg is not None and arg.kind == "attr" and is_seed_name(arg.text.rsplit(".", 1)[-1]):
            return True
    return False


def _draws_unseeded(facts: FileFacts, project) -> bool:
    """The program also draws from a generator no seeding of it reaches (a model's initial weights from an unseeded
    torch while `random.seed(1)` fixes which tasks are sampled): its runs differ, so they are no single draw (SA105
    says what is left unseeded). A draw whose value reaches nothing (see feeds_nothing) does not count."""
    draws = [(family, call) for call in facts.calls if (family := drawn_family(call))]
    if not draws:
        return False
    lines = project.lines_of(facts.path)
    seedings = [(event.func, event.line) for event in seed_events(facts, project)]
    drawn = {family for family, call in draws if not feeds_nothing(call, facts, project, lines, seedings)}
    seeded = seeded_families(facts, project) | import_time_families(facts, project)
    return bool(drawn & {"random", "numpy", "torch", "tensorflow"} - seeded)


def training_entry_point(facts: FileFacts) -> bool:
    """A main guard, a notebook, or a script at module level, that trains something."""
    if not any(is_train(c) for c in facts.calls):
        return False
    return facts.has_main_guard or facts.kind == "ipynb" or any(not c.ctx.func and is_train(c) for c in facts.calls)


def _library_smoke_test(facts: FileFacts, project) -> bool:
    """A module other files of the project import, whose own run (its module-level code and main guard, and the
    functions of the file those call, by name) reaches none of its training calls (`if __name__ == "__main__":` builds
    the model and runs one forward pass on a toy input, perhaps a backward pass to check the gradients, which changes no
    weight): a library module with a smoke test, not an entry point that trains; the programs importing it set the seed
    their runs train with. An importer may be a file the check did not read (no word of randomness in it); a module
    whose `__main__` block builds a class it defines is such a library's self-test, whoever imports it (a notebook or
    a script run top to bottom is no library)."""
    bodies = calls_by_function(facts, project)
    own = {c.name for c in facts.classes}
    if not project.importers_of(facts) and not named_in_unread(project, {PurePosixPath(facts.path).stem}) \
            and not (facts.kind == "py" and facts.has_main_guard
                     and any(call.qualname.rsplit(".", 1)[-1] in own for call in bodies.get("", ()))):
        return False
    by_name: dict[str, list[str]] = {}
    for function in facts.functions:
        by_name.setdefault(function.name, []).append(function.qualname)
        if function.name == "__init__" and function.class_name:
            by_name.setdefault(function.class_name, []).append(function.qualname)
    todo, seen = [""], set()
    while todo:
        scope = todo.pop()
        if scope in seen:
            continue
        seen.add(scope)
        for call in bodies.get(scope, ()):
            name = call.qualname.rpartition(".")[2]
            if is_train(call) and name != "backward" or name in STEP_CALLS:
                return False  # (a backward pass followed by an optimiser's step is a training step)
            todo.extend(by_name.get(call.qualname.rsplit(".", 1)[-1], ()))
    return True


@check("SA104")
def single_fixed_seed(facts: FileFacts, project, config) -> Iterator[Hit]:
    if not training_entry_point(facts) or project.seed_variation.state == "swept" or _library_smoke_test(facts, project) \
            or times_only(facts):
        return  # ... or a speed benchmark, whose timings no seed makes a draw of
    seeded = seed_loops(facts, project)
    uses = [u for u in seed_uses(facts, project) if not inside_loops(u.call.ctx.loops, seeded)]
    overridden = _overridden_options(facts)
    if not uses or any(u.origin in _ROUTES for u in uses) or _parsed_setting_seed(facts, uses) or any(
            o.path == facts.path and o.name.rsplit(".", 1)[-1] not in overridden for o in project.seed_options):
        return
    fixed = [u for u in uses if u.origin in ("literal", "constant", "default") and not u.call.ctx.loops
             and not _DATA_SPLIT.search(name := u.call.qualname.rsplit(".", 1)[-1]) and not _DRAWING.search(name)
             and not u.call.qualname.startswith(_DATA_MAKERS)
             and not _data_order_generator(u.call, facts, project)
             and not data_order_seeding(u.call, facts, project) and not in_data_class(u.call.ctx.func, facts)
             and not kept_by_callee(u, facts, project) and trainer_settings_default(u.call) is None
             and not projection_seed(u)
             and not unused_generator(u.call, facts, project)]
    if not fixed or python_comparison(facts, project) is not None or _draws_unseeded(facts, project) \
            or seeding_left_off(facts, project, fixed):
        return  # ... or seeded only under a switch no launch turns on: the runs are unseeded
    first = min(fixed, key=lambda u: u.line)
    yield Hit(first.line, f"the seed is fixed to {first.value} with no option, environment variable or config to "
                          "change it: every run of this entry point is the same single draw")
