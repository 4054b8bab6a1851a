"""A seed written into a hyper-parameter search's grid: `GridSearchCV(RandomForestClassifier(), {"random_state": [0],
"max_depth": [4, 8]})` fits every candidate at the one seed 0, as `RandomForestClassifier(random_state=0)` would.
The grid is a dict literal in the call or one bound to a name before it; its one-value `random_state` entry (also a
pipeline step's, `"clf__random_state": [0]`) is the seed of the estimator the search wraps."""
from __future__ import annotations

import re

from .facts import Call, Expr, FileFacts

_SEARCHES = {"GridSearchCV", "RandomizedSearchCV", "HalvingGridSearchCV", "HalvingRandomSearchCV"}
_GRID_KEYWORDS = ("param_grid", "param_distributions")
_GRID_SEED = re.compile(r"""['"](?:\w+__)?random_state['"]\s*:\s*\[([\d,\s]*)\]""")


def grid_seed(call: Call, facts: FileFacts, project) -> tuple[Call, int, int] | None:
    """(the estimator call the search wraps, its seed, the line the seed is written on) for a search call whose grid
    fixes `random_state` to one value; None otherwise."""
    found = _grid_seeds(call, facts, project)
    return (found[0], found[1][0], found[2]) if found is not None and len(found[1]) == 1 else None


def grid_seeded(facts: FileFacts, project) -> set[int]:
    """The ids of the estimator calls whose `random_state` a search's grid sets, to one value or several."""
    return {id(found[0]) for call in facts.calls if (found := _grid_seeds(call, facts, project)) is not None}


def _grid_seeds(call: Call, facts: FileFacts, project) -> tuple[Call, list[int], int] | None:
    """(the estimator call a search wraps, the seeds its grid lists for it, the line they are written on). The
    file's lines are read back only for a search call: on a warm run most files' lines are not in memory."""
    if call.qualname.rpartition(".")[2] not in _SEARCHES:
        return None
    lines = project.lines_of(facts.path)
    estimator = call.kwargs.get("estimator", call.args[0] if call.args else None)
    grid = next((call.kwargs[k] for k in _GRID_KEYWORDS if k in call.kwargs), call.args[1] if len(call.args) > 1 else None)
    inner = _estimator_call(estimator, call, facts)
    span = _grid_span(grid, call, facts)
    if inner is None or span is None or "random_state" in inner.kwargs:
        return None
    for number in range(span[0], min(span[1], len(lines)) + 1):
        match = _GRID_SEED.search(lines[number - 1])
        if match:
            return inner, [int(v) for v in re.findall(r"\d+", match[1])], number
    return None


def _estimator_call(estimator: Expr | None, search: Call, facts: FileFacts) -> Call | None:
    """The call that builds the wrapped estimator: written in the search call, or the last one bound to its name."""
    if estimator is None:
        return None
    if estimator.kind == "call":
        return next((c for c in facts.calls if c.qualname == estimator.qualname and search.line <= c.line <= search.end_line
                     and c is not search), None)
    if estimator.kind == "name":
        return next((c for c in reversed(facts.calls) if c.line < search.line and estimator.text in c.targets
                     and c.ctx.func == search.ctx.func), None)
    return None


def _grid_span(grid: Expr | None, search: Call, facts: FileFacts) -> tuple[int, int] | None:
    """The lines the grid's dict literal is written on: in the search call, or in the last assignment of its name."""
    if grid is None:
        return None
    if grid.kind == "dict":
        return search.line, search.end_line
    if grid.kind != "name":
        return None
    bound = next((a for a in reversed(facts.assigns) if a.line < search.line and a.value.kind == "dict"
                  and any(t.text == grid.text for t in a.targets) and a.ctx.func == search.ctx.func), None)
    if bound is None:
        return None
    end = next((last for first, last in facts.statements if first == bound.line), bound.line)
    return bound.line, end
