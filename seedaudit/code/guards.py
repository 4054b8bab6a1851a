"""Does a branch run when an option is left at its default?

A seed option whose default is a sentinel (`--seed 0`, "0 means no setting of random seed") guards its seeding:
`if args.seed != 0: torch.manual_seed(args.seed)`. A run left at the default is then unseeded, not run at seed 0.
The guard is read by putting the default in place of the option and evaluating what is left, when what is left is
made of literals, comparisons and `and`/`or`/`not` alone; anything else (a call, another variable) is unknown.
"""
from __future__ import annotations

import ast
import operator
from typing import Any

from .facts import Branch

_COMPARE = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
            ast.Gt: operator.gt, ast.GtE: operator.ge, ast.Is: operator.is_, ast.IsNot: operator.is_not}


class _Unknown(Exception):
    """The test reads something other than the option and literals."""


def runs_at_default(branch: Branch, field: str, default: Any) -> bool | None:
    """Whether the branch's side (its body, or its else side where `negated`) runs with the option named `field`
    (`args.seed`, `seed`, `cfg["seed"]`) at `default`; None when the test reads anything else."""
    try:
        tree = ast.parse(branch.test.text.strip(), mode="eval")
        value = bool(_evaluate(tree.body, field, default))
    except (SyntaxError, ValueError, TypeError, RecursionError, _Unknown):
        return None
    return value != branch.negated


def _evaluate(node: ast.AST, field: str, default: Any) -> Any:
    if _names_option(node, field):
        return default
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
        value = _evaluate(node.operand, field, default)
        return not value if isinstance(node.op, ast.Not) else -value
    if isinstance(node, ast.BoolOp):  # `args.seed > 0 and args.cuda` fails at default 0, whatever `args.cuda` is
        decisive = isinstance(node.op, ast.Or)  # the operand value that settles the whole test
        unknown = False
        for operand in node.values:
            try:
                if bool(_evaluate(operand, field, default)) is decisive:
                    return decisive
            except _Unknown:
                unknown = True
        if unknown:
            raise _Unknown
        return not decisive
    if isinstance(node, ast.Compare) and all(type(op) in _COMPARE for op in node.ops):
        left = _evaluate(node.left, field, default)
        for op, comparator in zip(node.ops, node.comparators):
            right = _evaluate(comparator, field, default)
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True
    raise _Unknown


def _names_option(node: ast.AST, field: str) -> bool:
    """`seed`, `args.seed`, `self.cfg.seed`, `cfg["seed"]`."""
    if isinstance(node, ast.Name):
        return node.id == field
    if isinstance(node, ast.Attribute):
        return node.attr == field
    if isinstance(node, ast.Subscript):
        key = node.slice
        return isinstance(key, ast.Constant) and key.value == field
    return False
