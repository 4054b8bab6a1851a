"""SA101 across driver scripts: one training function, a script per compared configuration, unequal seed lists.

A project often keeps one training function in a module and a short Python script per model or configuration that
calls it (`run_training(config=train_config.C_CNN, seed=seed)` over `seeds = [42, 43, 44]`). When the scripts of one
folder hand the same function different settings and some loop it over several seeds while another runs its setting
under one (`seeds = [42]`, the longer list commented out), the comparison rests on one draw of that side: the same
unequal budget a shell launcher shows when one line loops over seeds and another does not.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..experiment import fits
from ..facts import Call, FileFacts, Function
from ..option_roles import setting_role
from ..seed_names import is_seed_name
from ..variation import loop_values, module_lists, one_value_loops
from . import Hit, check
from .sa101_single_seed_comparison import callable_functions


@dataclass(frozen=True)
class DriverRun:
    """One call of a project training function at a script's top level: what it is handed, and its seeds."""
    call: Call
    function: tuple[str, str]  # (defining file, qualname): the same function whatever each script calls it
    settings: dict[str, str]  # parameter → argument text, the seed's left out
    seeds: int  # how many seeds the call runs under
    first_seed: object  # the one seed of a one-seed run, where written
    seed_line: int  # where the seed (or the one-value seed list) is written


def driver_runs(facts: FileFacts, project) -> list[DriverRun]:
    """See _driver_runs; once per file and pass (every sibling script asks it of every other)."""
    return project.per_file("sa101-driver-runs", facts, _driver_runs)


def _driver_runs(facts: FileFacts, project) -> list[DriverRun]:
    """The calls this script makes, outside any function, of a training function that another project module
    defines (its body fits, or its name says it trains), each with the seed count it runs: the values of a loop over
    a written seed list that feeds its seed argument, else one."""
    functions = callable_functions(facts, project)
    single, lists = one_value_loops(facts, project), module_lists(facts)
    out = []
    for call in facts.calls:
        found = functions.get(call.qualname)
        if call.ctx.func or found is None or found[1] is facts or not fits(call, facts):
            continue
        function, holder = found
        seed_key = next((k for k in call.kwargs if is_seed_name(k)), None)
        loop = _feeding_loop(facts, call, call.kwargs[seed_key].names) if seed_key else None
        if loop is not None:
            _, count = loop_values(facts.loops[loop], facts, project.seed_options, [], lists)
            value, line = single.get(loop, (None, facts.loops[loop].line))
        else:
            given = call.kwargs.get(seed_key) if seed_key else None
            count, value, line = 1, given.value if given is not None and given.kind == "int" else None, call.line
        out.append(DriverRun(call, (holder.path, function.qualname), _settings(call, function, seed_key), count, value,
                             line))
    return out


def _feeding_loop(facts: FileFacts, call: Call, names: tuple[str, ...]) -> int | None:
    """The innermost loop around the call whose variable the seed argument reads (`for seed in seeds:`)."""
    return next((i for i in reversed(call.ctx.loops) if set(facts.loops[i].targets) & set(names)), None)


def _settings(call: Call, function: Function, seed_key: str | None) -> dict[str, str]:
    params = [p.name for p in function.params if p.name not in ("self", "cls") and not p.name.startswith("*")]
    given = {params[i]: arg.text for i, arg in enumerate(call.args[:len(params)])}
    return given | {key: arg.text for key, arg in call.kwargs.items() if key != seed_key}


def _compared(first: DriverRun, second: DriverRun) -> bool:
    """Two runs of one function handed different settings, none of them the data it trains on."""
    differing = [k for k in set(first.settings) | set(second.settings) if first.settings.get(k) != second.settings.get(k)]
    return first.function == second.function and bool(differing) and all(setting_role(k) != "data" for k in differing)


@check("SA101")
def unequal_driver_budgets(facts: FileFacts, project, config) -> Iterator[Hit]:
    mine = [run for run in driver_runs(facts, project) if run.seeds == 1]
    if not mine:
        return
    folder = facts.path.rpartition("/")[0]
    for run in mine:
        for other in project.python_files():
            if other is facts or other.path.rpartition("/")[0] != folder:
                continue
            swept = next((o for o in driver_runs(other, project) if o.seeds >= 2 and _compared(run, o)), None)
            if swept is not None:
                shown = f" {run.first_seed}" if run.first_seed is not None else ""
                yield Hit(run.seed_line, f"this script trains its configuration under the one seed{shown} while "
                                         f"{other.path} trains the configuration it is compared with, through the same "
                                         f"function, over {swept.seeds} seeds: this side of the comparison rests on "
                                         "one draw",
                          related=[(other.path, swept.call.line, other.snippet(swept.call.line).strip()[:200])])
                return
