"""What a draw's value reaches: nothing (a value thrown away, or used up before a later seeding), or the run.

A draw matters to seeding only through what its value feeds. SA104 (is every run one draw?) and SA105 (is some
draw left unseeded?) ask the same two questions of each draw, here. The file is indexed once per project pass
(who reads which name where, each scope's statements in order), so that asking of every draw stays linear.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict

from .facts import Call, FileFacts
from .sinks import RNG_FACTORIES

# draws that change what they are given (`np.random.shuffle(rows)`, `nn.init.normal_(w)`, `w.uniform_()`)
_IN_PLACE = re.compile(r"(?:shuffle|_)$")
_HOLDER_SPAN = 200  # lines a call holding a draw may start above it


class _Index:
    """One file's statements, indexed for the questions below."""

    def __init__(self, facts: FileFacts) -> None:
        self.statements = set(facts.statements)
        self.starts = defaultdict(list)  # (line, col) → calls starting there
        for c in facts.calls:
            self.starts[(c.line, c.col)].append(c)
        self.params = {f.qualname: {p.name for p in f.params} for f in facts.functions}
        self.binds = {(a.ctx.func, n) for a in facts.assigns for t in a.targets if t.kind in ("name", "list", "other")
                      for n in t.names} | {(loop.ctx.func, n) for loop in facts.loops for n in loop.targets}
        self.bound = {n for _, n in self.binds} | {n for params in self.params.values() for n in params}
        self.reads: dict[str, list[tuple[str, int]]] = defaultdict(list)  # name → (function, line) of each read
        for c in facts.calls:
            for n in (c.qualname.split(".", 1)[0], *(n for a in (*c.args, *c.kwargs.values()) for n in a.names)):
                self.reads[n].append((c.ctx.func, c.line))
        for a in facts.assigns:
            for n in (*a.value.names, *(n for t in a.targets if t.kind != "name" for n in t.names)):
                self.reads[n].append((a.ctx.func, a.line))
        for lp in facts.loops:
            for n in lp.iter.names if lp.iter is not None else ():
                self.reads[n].append((lp.ctx.func, lp.line))
        for b in facts.branches:
            for n in b.test.names:
                self.reads[n].append((b.ctx.func, b.line))
        for func, value, at in facts.returns:
            for n in value.names:
                self.reads[n].append((func, at))
        self.deciding = {(b.ctx.func, b.line) for b in facts.branches} | {(lp.ctx.func, lp.line) for lp in facts.loops} \
            | {(func, at) for func, _, at in facts.returns}
        steps: dict[str, list[tuple[int, int, object]]] = defaultdict(list)  # scope → its statements in line order
        for a in facts.assigns:
            steps[a.ctx.func].append((a.line, 0, a))
        for c in facts.calls:
            steps[c.ctx.func].append((c.line, 1, c))
        for lp in facts.loops:
            if lp.iter is not None:
                steps[lp.ctx.func].append((lp.line, 2, lp))
        self.steps = {func: sorted(items, key=lambda s: (s[0], s[1])) for func, items in steps.items()}
        self.step_lines = {func: [s[0] for s in items] for func, items in self.steps.items()}

    def between(self, func: str, first: int, last: int) -> list[tuple[int, int, object]]:
        """The scope's statements on lines first..last (both included)."""
        lines = self.step_lines.get(func, [])
        return self.steps.get(func, [])[bisect_left(lines, first):bisect_right(lines, last)]


def _index(facts: FileFacts, project) -> _Index:
    return project.per_file("draw-use", facts, lambda f, _: _Index(f))


def thrown_away(call: Call, facts: FileFacts, project, lines: list[str]) -> bool:
    """A draw that is a statement of its own and returns its value to nobody (`torch.multinomial(probs, 1)`: in a
    notebook cell only shown): nothing the program computes comes from it, so no seed is missing for it. Draws that
    change what they are given (`np.random.shuffle(rows)`) are kept."""
    if call.targets or _IN_PLACE.search(call.qualname):
        return False
    return whole_statement(call, facts, project, lines)


def whole_statement(call: Call, facts: FileFacts, project, lines: list[str]) -> bool:
    """The call is a statement of its own (`model.fit(X, y)`, not `history = model.fit(...)` nor
    `model.fit(...).history`): its value goes to nobody but a notebook's display."""
    index = _index(facts, project)
    return (call.line, call.end_line) in index.statements and call.line <= len(lines) \
        and lines[call.line - 1][:call.col].strip() == "" and index.starts[(call.line, call.col)] == [call]


def unused_generator(call: Call, facts: FileFacts, project) -> bool:
    """A generator or key made with its own seed and never read afterwards (`main_rng = PRNGKey(42)` at the top of a
    notebook whose trainers make their own keys): it draws nothing, so its seed fixes nothing."""
    return call.qualname in RNG_FACTORIES and unread_from(facts, project, call, call.line + 1)


def unread_from(facts: FileFacts, project, draw: Call, line: int) -> bool:
    """The draw's value is kept under plain names that nothing reads from `line` on, where the seeding is (in a
    notebook, a cell that tries something out before a later cell seeds for its own experiment): that seeding leaves
    nothing of it unfixed. A draw inside another call is kept under what the statement assigns (`data =
    np.random.dirichlet(np.random.rand(10))`). Reads inside functions count wherever they are written (they may run
    later), unless the function binds the name itself."""
    index = _index(facts, project)
    names = _carriers(index, draw)
    if names is None or not all(name.isidentifier() for name in names):
        return False
    if not names:
        return True
    names = _derived(index, draw, line, set(names))
    scope = draw.ctx.func
    # a name bound afresh from the seeding on (`X, y = make_moons(...)`) no longer holds the draw after that
    rebound: dict[str, int] = {}
    for at, kind, step in index.between(scope, line, 10 ** 9):
        if kind == 0 and step.op == "=":
            for t in step.targets:
                for n in (t.names if t.kind in ("name", "list", "other") else ()):
                    if n in names and n not in step.value.names:
                        rebound.setdefault(n, at)

    def read_later(name: str, func: str, at: int) -> bool:
        if func == scope:
            return line <= at <= rebound.get(name, at)
        return name not in index.params.get(func, ()) and (not func or (func, name) not in index.binds)

    return not any(read_later(name, func, at) for name in names for func, at in index.reads.get(name, ()))


def _derived(index: _Index, draw: Call, line: int, names: set[str]) -> set[str]:
    """The names still holding the draw, or something made from it, when the scope reaches `line`: followed statement
    by statement from the draw (`descriptor = " ".join(words[:9])`, then `descriptors.append(descriptor)`, a loop
    over them), a name bound afresh from something else (`x = torch.randint(...)`) no longer holding it."""
    live = set(names)
    for _, kind, step in index.between(draw.ctx.func, draw.line + 1, line - 1):
        if kind == 0:
            if live & set(step.value.names):
                live |= {t.names[0] if t.kind != "name" and t.names else t.text for t in step.targets}
            elif step.op == "=":
                live -= {t.text for t in step.targets if t.kind == "name"}
        elif kind == 1:
            receiver = step.qualname.split(".", 1)[0]
            if "." in step.qualname and receiver in index.bound \
                    and live & {n for arg in (*step.args, *step.kwargs.values()) for n in arg.names}:
                live.add(receiver)  # `descriptors.append(descriptor)`
        elif live & set(step.iter.names):
            live |= set(step.targets)
    return live


def _carriers(index: _Index, draw: Call) -> set[str] | None:
    """The variables that keep a draw's value: those it is assigned to (also through the call holding it: `data =
    np.random.dirichlet(np.random.rand(10))`), or, in a statement that assigns nothing, those of the file that the
    calls holding it are made on or handed (`model.fit(np.random.rand(90, 3), y)` keeps it in `model`; `len(
    dynamo.explain(toy, torch.randn(10)))` keeps it nowhere: modules, functions and builtins bind nothing of it); a
    draw that changes what it is given keeps it there (`random.shuffle(items)`: in `items`).
    None where the statement decides something with it (a branch, a loop, a return) or keeps it elsewhere."""
    if draw.targets:
        return set(draw.targets)
    scope = draw.ctx.func
    near = index.between(scope, draw.line - _HOLDER_SPAN, draw.line)
    assigned = [step for at, kind, step in near if kind == 0 and at == draw.line]
    if assigned:
        targets = [t for a in assigned for t in a.targets]
        return {t.text for t in targets} if all(t.kind == "name" for t in targets) else None
    if (scope, draw.line) in index.deciding:
        return None
    holding = [c for _, kind, c in near if kind == 1 and c is not draw and c.line <= draw.line <= c.end_line
               and not (draw.line, draw.col) <= (c.line, c.col) <= (draw.end_line, 10 ** 9)]
    if _IN_PLACE.search(draw.qualname):
        holding.append(draw)  # `random.shuffle(items)`, `w.normal_()`: what it is given or called on keeps the draw
    read = {c.qualname.split(".", 1)[0] for c in holding} | \
        {n for c in holding for a in (*c.args, *c.kwargs.values()) for n in a.names}
    return read & index.bound


def feeds_nothing(draw: Call, facts: FileFacts, project, lines: list[str], seedings: list[tuple[str, int]]) -> bool:
    """The draw's value reaches nothing the run computes: thrown away, or drawn before a seeding of its scope
    (`seedings`: (function, line) of each) and no longer read once that seeding runs."""
    after = [line for func, line in seedings if func == draw.ctx.func and line > draw.line]
    return thrown_away(draw, facts, project, lines) or bool(after) and unread_from(facts, project, draw, min(after))


# what a forward pass's output may feed in a probe: shown, or scored by a loss or metric for a look
_SHOWN = re.compile(r"^(?:print|display|pprint|repr|len|type|criterion\w*|loss\w*|\w*_loss|\w*Loss)$")


def probe_input(draw: Call, facts: FileFacts, models: set[str], top: list[Call]) -> bool:
    """A random input made at a script's or notebook's top level only to push it through a model and look at the
    output (`A = torch.randn(6, 200)`, `out = model(A)`, `criterion(out, y), out`): a shape or smoke check. Until
    each name is bound again, the draw feeds one forward call of a model (a name bound to one of the project's model
    classes, in `models`), and that output is read by nothing but a display or a loss shown for a look. `top`: the
    file's top-level calls."""
    if draw.ctx.func or draw.ctx.loops or len(draw.targets) != 1 or not draw.targets[0].isidentifier():
        return False
    name = draw.targets[0]
    readers = _readers(name, draw.line, top, facts)
    if readers is None or len(readers) != 1 or readers[0].qualname not in models or len(readers[0].targets) != 1:
        return False
    uses = _readers(readers[0].targets[0], readers[0].line, top, facts)
    return uses is not None and all(_SHOWN.match(c.qualname.rpartition(".")[2]) and not c.targets for c in uses)


def _readers(name: str, bound_at: int, calls: list[Call], facts: FileFacts) -> list[Call] | None:
    """The top-level calls that read `name` after `bound_at` and before it is bound again; None when an assignment
    reads it meanwhile (it flows on into another name)."""
    again = min([c.line for c in calls if c.line > bound_at and name in c.targets]
                + [a.line for a in facts.assigns if not a.ctx.func and a.line > bound_at
                   and any(t.text == name for t in a.targets)], default=10 ** 9)
    found = [c for c in calls if bound_at < c.line < again
             and (name in {n for a in (*c.args, *c.kwargs.values()) for n in a.names} or c.qualname.split(".")[0] == name)]
    at = {c.line for c in found}  # `out = model(A)` is an assignment too, that of the call itself
    if any(name in a.value.names and (a.line not in at or a.value.kind != "call")
           for a in facts.assigns if not a.ctx.func and bound_at < a.line < again):
        return None
    return found
