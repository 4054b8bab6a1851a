"""Walking a libcst tree for a visitor that only reads, without libcst's own traversal.

`node.visit(visitor)` rebuilds (and re-validates) every node it passes, as it must for a transformer;
for a visitor that only reads, that rebuild is most of the walk. `walk` calls the same hooks
(visit_X, leave_X, visit_X_attr, leave_X_attr; children skipped when visit_X returns False) in the
same order, over the same child fields, in the order libcst itself visits them: recorded from libcst
once per node type. On a 40k-line file this is several times faster than libcst's walk.

Two more savings, neither of which changes what a visitor sees: libcst's own no-op hooks (every hook a
visitor does not override, marked `_is_no_op` by libcst, which its batched visitor skips the same way)
are not called, and a subtree is not entered when no node type the visitor hooks can occur in it (by
libcst's own field annotations: below a `Name` or a whitespace node there is never a `Call`).
"""
from __future__ import annotations

import dataclasses
import functools
import typing

import libcst as cst

_FIELDS: dict[type, tuple[str, ...]] = {}  # node type → its child fields, in libcst's visiting (source) order
_HOOKS: dict[tuple[type, type], tuple] = {}  # (visitor type, node type) → _hooks
# the child field libcst visits (attribute hooks included) only when it is present; its other optional
# children get their attribute hooks even when they are None
_ONLY_WHEN_PRESENT = {(cst.FormattedStringExpression, "format_spec")}


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


def _child_fields(kind: type) -> frozenset[str]:
    """The fields of a node type whose annotation admits libcst nodes (not `Name.value`, a str)."""
    return frozenset(_node_types()[0][kind.__name__])


def _hooks(visitor: type, node: cst.CSTNode) -> tuple:
    """(visit, leave, fields) for a node: the visitor's own hooks for its type (None where only libcst's
    no-op is there) and, in visiting order, each field the walk has something to do at: (field, visit and
    leave hooks of that attribute, whether anything hooked can occur below it, whether to skip it when None)."""
    kind = type(node)
    hooks = _HOOKS.get((visitor, kind))
    if hooks is None:
        name = kind.__name__
        hooked = _hooked(visitor)
        fields = []
        for field in _fields(node):
            around = (_own(visitor, f"visit_{name}_{field}"), _own(visitor, f"leave_{name}_{field}"))
            below = _reaches(kind, field, hooked)
            if below or around != (None, None):
                fields.append((field, *around, below, (kind, field) in _ONLY_WHEN_PRESENT))
        hooks = (_own(visitor, f"visit_{name}"), _own(visitor, f"leave_{name}"), tuple(fields))
        if kind in _FIELDS:  # else this node type's fields are not all known yet (see _fields)
            _HOOKS[visitor, kind] = hooks
    return hooks


def _own(visitor: type, method: str):
    """The visitor's hook `method`, or None where it is missing or libcst's own no-op."""
    hook = getattr(visitor, method, None)
    return None if hook is None or getattr(hook, "_is_no_op", False) else hook


@functools.cache
def _hooked(visitor: type) -> frozenset[str]:
    """The names of the node types the visitor has a hook of its own for (visit_Call, leave_If_body, ...)."""
    return frozenset(method.split("_", 2)[1] for method in dir(visitor)
                     if method.startswith(("visit_", "leave_")) and _own(visitor, method) is not None)


@functools.cache
def _reaching(names: frozenset[str]) -> frozenset[str]:
    """The node classes (by name) whose nodes are, or can hold at any depth, a node of a type named in `names`:
    those named, every class with a subclass among them (a field typed by a base class holds its subclasses),
    and every class with a field whose annotation names one of them. One backward search per set of names."""
    found, todo = set(names), list(names)
    holders = _holders()
    while todo:
        for holder in holders.get(todo.pop(), ()):
            if holder not in found:
                found.add(holder)
                todo.append(holder)
    return frozenset(found)


@functools.cache
def _holders() -> dict[str, set[str]]:
    """Node class name → the classes it can stand for or sit in directly: its base classes, and the classes
    with a field whose annotation names it."""
    fields, subclasses = _node_types()
    holders: dict[str, set[str]] = {}
    for holder, by_field in fields.items():
        for names in by_field.values():
            for name in names:
                holders.setdefault(name, set()).add(holder)
    for base, subs in subclasses.items():
        for sub in subs:
            holders.setdefault(sub, set()).add(base)
    return holders


def _reaches(kind: type, field: str, names: frozenset[str]) -> bool:
    """Whether a node of a type named in `names` can be held in the field, or anywhere below it."""
    return not _reaching(names).isdisjoint(_node_types()[0][kind.__name__][field])


NodeTypes = tuple[dict[str, dict[str, tuple[str, ...]]], dict[str, tuple[str, ...]]]


@functools.cache
def _node_types() -> NodeTypes:
    """libcst's node classes as the walk needs them, by name: ({class: {field: the node classes its annotation
    names}}, {class: its direct subclasses}). Read from cst_types.py, written for the installed libcst: deriving
    it from the annotations (typing.get_type_hints over every node class) took a fifth of a one-file check."""
    from libcst._version import __version__

    from . import cst_types

    return (cst_types.FIELDS, cst_types.SUBCLASSES) if cst_types.LIBCST == __version__ else derived_node_types()


def derived_node_types() -> NodeTypes:
    """What `_node_types` gives, derived from libcst's own annotations (for a libcst that cst_types.py was not
    written for, and to write it)."""
    fields: dict[str, dict[str, set[str]]] = {}
    subclasses: dict[str, set[str]] = {}
    for kind in _subclasses(cst.CSTNode):  # a class libcst rebuilt with slots leaves its first version here too
        hints = typing.get_type_hints(kind)
        by_field = fields.setdefault(kind.__name__, {})
        for f in dataclasses.fields(kind) if dataclasses.is_dataclass(kind) else ():
            held = {c.__name__ for c in _node_classes(hints[f.name])}
            if held:
                by_field.setdefault(f.name, set()).update(held)
        subclasses.setdefault(kind.__name__, set()).update(sub.__name__ for sub in kind.__subclasses__())
    return ({name: {f: tuple(sorted(held)) for f, held in sorted(by_field.items())} for name, by_field in sorted(fields.items())},
            {name: tuple(sorted(subs)) for name, subs in sorted(subclasses.items()) if subs})


def _node_classes(annotation) -> list[type]:
    """The libcst node classes an annotation names (`Sequence[Union[Name, Attribute]]` → Name, Attribute)."""
    if isinstance(annotation, type):
        return [annotation] if issubclass(annotation, cst.CSTNode) else []
    return [c for arg in typing.get_args(annotation) for c in _node_classes(arg)]


def _subclasses(kind: type) -> list[type]:
    return [kind, *(sub for child in kind.__subclasses__() for sub in _subclasses(child))]


def render_node_types() -> str:
    """The text of cst_types.py for the installed libcst (`python -m seedaudit.code.walk` writes it)."""
    from libcst._version import __version__

    fields, subclasses = derived_node_types()
    lines = ['"""libcst\'s node classes by name, as the walk needs them (walk._node_types): written by',
             '`python -m seedaudit.code.walk` for the libcst named here; with another libcst they are derived at run time."""',
             "# fmt: off", f"LIBCST = {__version__!r}", "FIELDS = {"]
    lines += [f"    {name!r}: {by_field!r}," for name, by_field in fields.items()]
    lines += ["}", "SUBCLASSES = {"]
    lines += [f"    {name!r}: {subs!r}," for name, subs in subclasses.items()]
    return "\n".join([*lines, "}", ""])


def walk(node: cst.CSTNode, visitor: cst.CSTVisitor) -> None:
    """Visit `node` and everything below it with `visitor`'s visit_/leave_ hooks, as `node.visit` would."""
    visit, leave, fields = _hooks(type(visitor), node)
    if visit is None or visit(visitor, node) is not False:
        for field, before, after, below, only_when_present in fields:
            value = getattr(node, field)
            if value is None and only_when_present:
                continue
            if before is not None:
                before(visitor, node)
            if below:
                kind = type(value)
                if kind is list or kind is tuple:
                    for item in value:
                        walk(item, visitor)
                elif value is not None and kind is not cst.MaybeSentinel:
                    walk(value, visitor)
            if after is not None:
                after(visitor, node)
    if leave is not None:
        leave(visitor, node)


def descendants(node: cst.CSTNode, kinds: frozenset[str]) -> list[cst.CSTNode]:
    """The nodes at or below `node` whose type is named in `kinds`, in the order a walk visits them (fields
    where none of them can occur are not entered)."""
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        wanted, fields = _plan(current, kinds)
        if wanted:
            found.append(current)
        if not fields:
            continue
        children: list[cst.CSTNode] = []
        for field in fields:
            value = getattr(current, field)
            kind = type(value)
            if kind is list or kind is tuple:
                children.extend(value)
            elif value is not None and kind is not cst.MaybeSentinel:
                children.append(value)
        stack.extend(reversed(children))
    return found


_PLANS: dict[tuple[type, frozenset[str]], tuple[bool, tuple[str, ...]]] = {}


def _plan(node: cst.CSTNode, kinds: frozenset[str]) -> tuple[bool, tuple[str, ...]]:
    """(whether the node is one of `kinds`, the fields where one of them can occur) for the node's type."""
    kind = type(node)
    plan = _PLANS.get((kind, kinds))
    if plan is None:
        plan = (kind.__name__ in kinds, tuple(f for f in _fields(node) if _reaches(kind, f, kinds)))
        if kind in _FIELDS:  # else this node type's fields are not all known yet (see _fields)
            _PLANS[kind, kinds] = plan
    return plan


if __name__ == "__main__":
    from pathlib import Path

    Path(__file__).with_name("cst_types.py").write_text(render_node_types(), encoding="utf-8")
