"""cuDNN settings in a project: where benchmark mode is switched on, and whether anything makes the kernels
deterministic. The kernel rule (SA107, checks/sa107_nondeterministic_kernels.py) and the paper cross-check (SA304) read them.
"""
from __future__ import annotations

import re

from .facts import Assign, FileFacts
from .project import ProjectFacts

_GUARD = re.compile(r"determinis|reproduc|benchmark|seed", re.IGNORECASE)


def sets_cudnn(assign: Assign, attr: str) -> bool:
    """`torch.backends.cudnn.<attr> = …`."""
    return any((t.qualname or t.text).endswith(f"cudnn.{attr}") for t in assign.targets)


def decided_by_setting(facts: FileFacts, assign: Assign) -> bool:
    """Inside a branch that a determinism/benchmark/seed setting decides (`if not args.deterministic:`)."""
    return any(_GUARD.search(facts.branch(b).test.text) for b in assign.ctx.conds)


def forces_deterministic_algorithms(project: ProjectFacts) -> bool:
    """`torch.use_deterministic_algorithms(True)` anywhere in the project."""
    for other in project.python_files():
        for call in other.calls:
            if call.qualname == "torch.use_deterministic_algorithms":
                arg = call.arg(0, "mode")
                if arg is None or arg.value is not False:
                    return True
    return False


def nondeterministic_benchmark(project: ProjectFacts) -> tuple[str, int] | None:
    """(path, line) of `cudnn.benchmark = True` outside a determinism branch, when nothing in the project
    forces deterministic algorithms or sets `cudnn.deterministic = True`."""
    if forces_deterministic_algorithms(project):
        return None
    if any(sets_cudnn(a, "deterministic") and a.value.value is True for f in project.python_files() for a in f.assigns):
        return None
    for facts in project.python_files():
        for assign in facts.assigns:
            if sets_cudnn(assign, "benchmark") and assign.value.value is True and not decided_by_setting(facts, assign):
                return facts.path, assign.line
    return None
