"""Walking a libcst tree for a visitor that only reads, without libcst's own traversal.

`node.visit(visitor)` rebuilds (and re-validates) every node it passes, as it must for a transformer;
for a visitor that only reads, that rebuild is most of the walk. `walk` calls the same hooks
(visit_X, leave_X, visit_X_attr, leave_X_attr; children skipped when visit_X returns False) in the
same order, over the same child fields, in the order libcst itself visits them: recorded from libcst
once per node type. On a 40k-line file this is several times faster than libcst's walk.
"""
from __future__ import annotations

import dataclasses
import functools
import typing
from typing import Iterator

import libcst as cst

_FIELDS: dict[type, tuple[str, ...]] = {}  # node type → its child fields, in libcst's visiting (source) order
_HOOKS: dict[tuple[type, type], tuple] = {}
# the child field libcst visits (attribute hooks included) only when it is present; its other optional
# children get their attribute hooks even when they are None
_ONLY_WHEN_PRESENT = {(cst.FormattedStringExpression, "format_spec")}  # (visitor type, node type) → (visit, leave, {field: (visit, leave)})


class _FieldRecorder(cst.CSTVisitor):
    """Records the fields one node's own libcst visit goes through, without going below them."""

    def __init__(self) -> None:
        self.fields: list[str] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        return False

    def on_leave(self, original_node: cst.CSTNode) -> None:
        return None

    def on_visit_attribute(self, node: cst.CSTNode, attribute: str) -> None:
        self.fields.append(attribute)

    def on_leave_attribute(self, original_node: cst.CSTNode, attribute: str) -> None:
        return None


def _fields(node: cst.CSTNode) -> tuple[str, ...]:
    """The child fields libcst visits on this node, in its order; kept per type once every field that can
    hold a node was among them (libcst skips a few children when they are None: f-string format specs)."""
    fields = _FIELDS.get(type(node))
    if fields is None:
        recorder = _FieldRecorder()
        node._visit_and_replace_children(recorder)
        fields = tuple(recorder.fields)
        if _child_fields(type(node)) <= set(fields):
            _FIELDS[type(node)] = fields
    return fields


@functools.cache
def _child_fields(kind: type) -> frozenset[str]:
    """The fields of a node type whose annotation admits libcst nodes (not `Name.value`, a str)."""
    hints = typing.get_type_hints(kind)
    return frozenset(f.name for f in dataclasses.fields(kind) if _holds_nodes(hints[f.name]))


def _holds_nodes(annotation) -> bool:
    if isinstance(annotation, type):
        return issubclass(annotation, cst.CSTNode)
    return any(_holds_nodes(arg) for arg in typing.get_args(annotation))


def _hooks(visitor: type, node: type) -> tuple:
    hooks = _HOOKS.get((visitor, node))
    if hooks is None:
        name = node.__name__
        attributes: dict[str, list] = {}
        for side, prefix in enumerate((f"visit_{name}_", f"leave_{name}_")):
            for method in dir(visitor):
                if method.startswith(prefix):
                    attributes.setdefault(method[len(prefix):], [None, None])[side] = getattr(visitor, method)
        hooks = _HOOKS[visitor, node] = (getattr(visitor, f"visit_{name}", None), getattr(visitor, f"leave_{name}", None),
                                         attributes)
    return hooks


def walk(node: cst.CSTNode, visitor: cst.CSTVisitor) -> None:
    """Visit `node` and everything below it with `visitor`'s visit_/leave_ hooks, as `node.visit` would."""
    visit, leave, attributes = _hooks(type(visitor), type(node))
    if visit is None or visit(visitor, node) is not False:
        for field in _fields(node):
            value = getattr(node, field)
            if value is None and (type(node), field) in _ONLY_WHEN_PRESENT:
                continue
            around = attributes.get(field)
            if around is not None and around[0] is not None:
                around[0](visitor, node)
            kind = type(value)
            if kind is list or kind is tuple:
                for item in value:
                    walk(item, visitor)
            elif value is not None and kind is not cst.MaybeSentinel:
                walk(value, visitor)
            if around is not None and around[1] is not None:
                around[1](visitor, node)
    if leave is not None:
        leave(visitor, node)


def descendants(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """`node` and every node below it, in the order a walk visits them."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        children: list[cst.CSTNode] = []
        for field in _fields(current):
            value = getattr(current, field)
            kind = type(value)
            if kind is list or kind is tuple:
                children.extend(value)
            elif value is not None and kind is not cst.MaybeSentinel:
                children.append(value)
        stack.extend(reversed(children))
