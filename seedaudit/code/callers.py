"""Who calls a project function, and with which arguments: what a parameter's default says about every run.

A parameter that no call of the project passes keeps its default in every run (`def run(cfg, seed=0)` called as
`run(cfg)`; `Tasks(train, test, random_seed=None)` built without it). A call spreading arguments (`**kw`), a
decorator (a command-line framework may fill the parameter) or the function handed on as a value (`fire.Fire(run)`,
`pool.map(run, seeds)`) may pass it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .facts import Call, Function, Param

if TYPE_CHECKING:
    from .project import ProjectFacts


def calls_by_name(project: "ProjectFacts") -> dict[str, list[Call]]:
    """Every call of the project's Python files, by the last part of its callee's name, once per pass."""
    if "calls-by-name" not in project.memo:
        index: dict[str, list[Call]] = {}
        for other in project.python_files():
            for call in other.calls:
                index.setdefault(call.qualname.rsplit(".", 1)[-1], []).append(call)
        project.memo["calls-by-name"] = index
    return project.memo["calls-by-name"]


def values_passed(project: "ProjectFacts") -> set[str]:
    """Names (last parts) the project's calls receive as arguments: functions handed to another to call."""
    if "values-passed" not in project.memo:
        project.memo["values-passed"] = {a.text.rsplit(".", 1)[-1] for other in project.python_files() for c in other.calls
                                         for a in (*c.args, *c.kwargs.values()) if a.kind in ("name", "attr")}
    return project.memo["values-passed"]


def never_passed(function: Function, param: Param, project: "ProjectFacts") -> bool:
    """No call of the project passes `param` to `function` (by keyword or position; a constructor's by its class
    name), none spreads arguments into it, it has no decorator and it is never handed on as a value."""
    name = function.class_name if function.name == "__init__" and function.class_name else function.name
    if function.decorators or name in values_passed(project):
        return False
    index = [p.name for p in function.params if p.name not in ("self", "cls")].index(param.name)
    return not any(c.star or len(c.args) > index or param.name in c.kwargs
                   for c in calls_by_name(project).get(name, ()) if c.ctx.func != function.qualname)
