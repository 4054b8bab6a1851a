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
    """Inside a branch that a benchmark setting decides (`if args.benchmark:`), or on the side of a determinism or
    seed setting where it is off (`if not args.deterministic:`, the `else` of `if args.seed:`): the user chose speed
    for that run. On the side where seeding or determinism is on (`if args.seed:` ... `benchmark = True`), the
    benchmark mode undoes what that side asks for."""
    for branch in (facts.branch(b) for b in assign.ctx.conds):
        text = branch.test.text
        if not _GUARD.search(text):
            continue
        if re.search(r"benchmark", text, re.IGNORECASE):
            return True
        off = bool(_OFF.search(text)) and not _ON.search(text)
        if off != branch.negated:
            return True
    return False


# a test that holds where the setting is off (`not args.seed`, `args.seed is None`, `deterministic == False`), and
# one that holds where it is on although it says "not" (`args.seed is not None`)
_OFF = re.compile(r"^\s*not\b|\bis\s+None\b|==\s*(?:0|False|None)\b")
_ON = re.compile(r"\bis\s+not\s+None\b|!=\s*(?:None|0|False)\b")


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
