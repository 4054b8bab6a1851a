"""SA101 in a sweep config: a W&B sweep that runs several models or methods while every run gets the one seed.

A sweep file (`parameters:` with a `values:` list per setting) is a launcher written as data: the agent runs the
program once per combination. When one of the swept settings chooses the model or method (`model`, `arch`,
`optimizer`, `method`) and the seed is pinned to one `value:`, or left out while the program's own seed option
defaults to a literal, every compared run stands on that one seed. A sweep that lists several seeds is a seed sweep
(the project's seed variation), and a sweep over learning rates or other hyper-parameters alone is tuning, not a
comparison of models; so is a search (Bayesian or random, or settings drawn from ranges), whose runs are trials of one
recipe picked by the metric. The sweep files of one program that compare at one seed are one problem, reported once.
"""
from __future__ import annotations

from typing import Iterator

from ..experiment import MODEL_WORDS, words
from ..facts import LaunchFacts
from ..seed_names import is_seed_name
from . import Hit, check

_VALUE_KEYS = ("values", "value")


def sweep_parameters(facts: LaunchFacts) -> dict[str, tuple[tuple, int]]:
    """A W&B sweep's parameters: name → (its values, the line they are written on); empty for another config."""
    out: dict[str, tuple[tuple, int]] = {}
    for key, value, line in facts.settings:
        parts = key.split(".")
        if len(parts) >= 3 and parts[-1] in _VALUE_KEYS and parts[-3] == "parameters":
            values = tuple(value) if isinstance(value, list) else (value,)
            out[parts[-2]] = (values, line)
    return out


def _program(facts: LaunchFacts, project) -> str | None:
    """The project file the sweep's `program:` names (`program: train.py`), by path ending."""
    named = next((str(value) for key, value, _ in facts.settings if key == "program"), None)
    if not named:
        return None
    return next((f.path for f in project.python_files() if f.path == named or f.path.endswith("/" + named.lstrip("./"))), None)


def _default_seed(path: str | None, project) -> tuple[object, str, int] | None:
    """(default, path, line) of the program's own seed option, when its default is a literal int."""
    return next(((o.default, o.path, o.line) for o in project.seed_options
                 if o.path == path and isinstance(o.default, int) and not o.is_list), None)


# a sweep that searches rather than enumerates: Bayesian or random search, or a setting drawn from a range
_SEARCH_METHODS = frozenset({"bayes", "random"})
_RANGE_KEYS = frozenset({"distribution", "min", "max", "mu", "sigma", "q"})


def searches(facts: LaunchFacts) -> bool:
    """The sweep searches (`method: bayes` or `random`, or a parameter drawn from `distribution:`/`min:`/`max:`):
    its runs are trials of one tuned recipe, the best kept by the metric, so a model-named parameter it tries
    (`method: [rk4, euler]`, an ODE solver) is one more hyper-parameter, not rival methods."""
    for key, value, _ in facts.settings:
        parts = key.split(".")
        if key == "method" and str(value).lower() in _SEARCH_METHODS \
                or len(parts) == 3 and parts[0] == "parameters" and parts[2] in _RANGE_KEYS:
            return True
    return False


@check("SA101", kinds=("yaml", "json"))
def sweep_single_seed(facts: LaunchFacts, project, config) -> Iterator[Hit]:
    """A sweep comparing models at one seed; the sweep files of one program that do are one problem, reported once, at
    the first of them by path, the others related."""
    found = _sweep_finding(facts, project)
    if found is None:
        return
    program = _program(facts, project)
    others = [other for other in project.launch_files() if other is not facts and other.kind in ("yaml", "json")
              and _sweep_finding(other, project) is not None and _program(other, project) == program]
    if any(other.path < facts.path for other in others):
        return
    yield Hit(found.line, found.message, related=[*found.related, *(
        (other.path, _sweep_finding(other, project).line, "the same comparison at one seed") for other in others)])


def _sweep_finding(facts: LaunchFacts, project) -> Hit | None:
    """See _sweep_comparison; once per sweep file and pass (every sweep file of the program asks of the others)."""
    return project.per_file("sa101-sweep-finding", facts, _sweep_comparison)


def _sweep_comparison(facts: LaunchFacts, project) -> Hit | None:
    """The sweep's comparison of models at one seed, pinned in the sweep or left to its program's default; None
    when it has none."""
    if project.seed_variation.state == "swept" or searches(facts):
        return None
    parameters = sweep_parameters(facts)
    compared = [(name, values, line) for name, (values, line) in parameters.items()
                if len(set(map(str, values))) > 1 and words(name) & MODEL_WORDS]
    if not compared:
        return None
    name, values, where = compared[0]
    shown = ", ".join(map(str, values[:4])) + (", ..." if len(values) > 4 else "")
    seeds = [(values_, line) for key, (values_, line) in parameters.items() if is_seed_name(key)]
    if seeds:
        pinned, line = seeds[0]
        if len(set(map(str, pinned))) != 1:
            return None
        return Hit(line, f"the sweep runs every {name} ({shown}) with the one seed {pinned[0]}, and nothing in the "
                         "project runs another: the models are compared on one draw each",
                   related=[(facts.path, where, f"{name}: {shown}")])
    default = _default_seed(_program(facts, project), project)
    if default is None:
        return None
    value, path, line = default
    return Hit(where, f"the sweep runs every {name} ({shown}) at the seed {path} defaults to ({value}), and "
                      "nothing in the project runs another: the models are compared on one draw each",
               related=[(path, line, f"seed option, default {value}")])
