"""What a draw's value reaches: nothing (a value thrown away, or used up before a later seeding), or the run.

A draw matters to seeding only through what its value feeds. SA104 (is every run one draw?) and SA105 (is some
draw left unseeded?) ask the same two questions of each draw, here.
"""
from __future__ import annotations

import re

from .facts import Call, FileFacts

# draws that change what they are given (`np.random.shuffle(rows)`, `nn.init.normal_(w)`, `w.uniform_()`)
_IN_PLACE = re.compile(r"(?:shuffle|_)$")


def thrown_away(call: Call, facts: FileFacts, lines: list[str]) -> bool:
    """A draw that is a statement of its own and returns its value to nobody (`torch.multinomial(probs, 1)`: in a
    notebook cell only shown): nothing the program computes comes from it, so no seed is missing for it (SA104
    and SA105 agree on that). Draws that change what they are given (`np.random.shuffle(rows)`) are kept."""
    if call.targets or _IN_PLACE.search(call.qualname) or (call.line, call.end_line) not in facts.statements:
        return False
    return call.line <= len(lines) and lines[call.line - 1][:call.col].strip() == "" and not any(
        other is not call and other.line == call.line and other.col == call.col for other in facts.calls)


def unread_from(facts: FileFacts, draw: Call, line: int) -> bool:
    """The draw's value is kept under plain names that nothing reads from `line` on, where the seeding is (in a
    notebook, a cell that tries something out before a later cell seeds for its own experiment): that seeding leaves
    nothing of it unfixed. A draw inside another call is kept under what the statement assigns (`data =
    np.random.dirichlet(np.random.rand(10))`). Reads inside functions count wherever they are written (they may run
    later), unless the function binds the name itself."""
    own = {f.qualname: {p.name for p in f.params} for f in facts.functions}
    own_names = {(a.ctx.func, n) for a in facts.assigns for t in a.targets if t.kind in ("name", "list", "other")
                 for n in t.names} | {(loop.ctx.func, n) for loop in facts.loops for n in loop.targets}
    bound = {n for _, n in own_names} | {n for params in own.values() for n in params}
    names = _carriers(facts, draw, bound)
    if names is None or not all(name.isidentifier() for name in names):
        return False
    if not names:
        return True
    names = _derived(facts, draw, line, set(names), bound)
    # a name bound afresh from the seeding on (`X, y = make_moons(...)`) no longer holds the draw after that
    rebound = {}
    for a in sorted(facts.assigns, key=lambda a: a.line):
        if a.ctx.func == draw.ctx.func and a.line >= line and a.op == "=":
            for t in a.targets:
                for n in (t.names if t.kind in ("name", "list", "other") else ()):
                    if n in names and n not in a.value.names:
                        rebound.setdefault(n, a.line)

    def reads(func: str, at: int, read: tuple[str, ...]) -> bool:
        later = at >= line or func and func != draw.ctx.func
        return later and any(n in names and n not in own.get(func, ()) and (func == draw.ctx.func or not func
                                                                              or (func, n) not in own_names)
                             and not (func == draw.ctx.func and at > rebound.get(n, at))
                             for n in read)

    return not (any(reads(c.ctx.func, c.line, (c.qualname.split(".", 1)[0], *(n for a in (*c.args, *c.kwargs.values())
                                                                             for n in a.names))) for c in facts.calls)
                or any(reads(a.ctx.func, a.line, (*a.value.names, *(n for t in a.targets if t.kind != "name"
                                                                      for n in t.names))) for a in facts.assigns)
                or any(reads(lp.ctx.func, lp.line, lp.iter.names) for lp in facts.loops if lp.iter is not None)
                or any(reads(b.ctx.func, b.line, b.test.names) for b in facts.branches)
                or any(reads(func, at, value.names) for func, value, at in facts.returns))


def _derived(facts: FileFacts, draw: Call, line: int, names: set[str], bound: set[str]) -> set[str]:
    """The names still holding the draw, or something made from it, when the scope reaches `line`: followed statement
    by statement from the draw (`descriptor = " ".join(words[:9])`, then `descriptors.append(descriptor)`, a loop
    over them), a name bound afresh from something else (`x = torch.randint(...)`) no longer holding it."""
    steps: list[tuple[int, int, object]] = []
    steps += [(a.line, 0, a) for a in facts.assigns if a.ctx.func == draw.ctx.func and draw.line < a.line < line]
    steps += [(c.line, 1, c) for c in facts.calls if c.ctx.func == draw.ctx.func and draw.line < c.line < line
              and "." in c.qualname]
    steps += [(lp.line, 2, lp) for lp in facts.loops if lp.ctx.func == draw.ctx.func and lp.iter is not None
              and draw.line < lp.line < line]
    live = set(names)
    for _, kind, step in sorted(steps, key=lambda s: (s[0], s[1])):
        if kind == 0:
            targets = {t.names[0] if t.kind != "name" and t.names else t.text for t in step.targets}
            if live & set(step.value.names):
                live |= targets
            elif step.op == "=":
                live -= {t.text for t in step.targets if t.kind == "name"}
        elif kind == 1:
            receiver = step.qualname.split(".", 1)[0]
            if receiver in bound and live & {n for arg in (*step.args, *step.kwargs.values()) for n in arg.names}:
                live.add(receiver)  # `descriptors.append(descriptor)`
        elif live & set(step.iter.names):
            live |= set(step.targets)
    return live


def _carriers(facts: FileFacts, draw: Call, bound: set[str]) -> set[str] | None:
    """The variables that keep a draw's value: those it is assigned to (also through the call holding it: `data =
    np.random.dirichlet(np.random.rand(10))`), or, in a statement that assigns nothing, those of the file that the
    calls holding it are made on or handed (`model.fit(np.random.rand(90, 3), y)` keeps it in `model`; `len(
    dynamo.explain(toy, torch.randn(10)))` keeps it nowhere: modules, functions and builtins bind nothing of it); a
    draw that changes what it is given keeps it there (`random.shuffle(items)`: in `items`).
    None where the statement decides something with it (a branch, a loop, a return) or keeps it elsewhere."""
    if draw.targets:
        return set(draw.targets)
    assigned = [a for a in facts.assigns if a.line == draw.line and a.ctx.func == draw.ctx.func]
    if assigned:
        targets = [t for a in assigned for t in a.targets]
        return {t.text for t in targets} if all(t.kind == "name" for t in targets) else None
    if any(b.line == draw.line for b in facts.branches) or any(lp.line == draw.line for lp in facts.loops) \
            or any(at == draw.line for _, _, at in facts.returns):
        return None
    holding = [c for c in facts.calls if c is not draw and c.ctx.func == draw.ctx.func and c.line <= draw.line
               <= c.end_line and not (draw.line, draw.col) <= (c.line, c.col) <= (draw.end_line, 10 ** 9)]
    if _IN_PLACE.search(draw.qualname):
        holding.append(draw)  # `random.shuffle(items)`, `w.normal_()`: what it is given or called on keeps the draw
    read = {c.qualname.split(".", 1)[0] for c in holding} | \
        {n for c in holding for a in (*c.args, *c.kwargs.values()) for n in a.names}
    return read & bound


def feeds_nothing(draw: Call, facts: FileFacts, lines: list[str], seedings: list[tuple[str, int]]) -> bool:
    """The draw's value reaches nothing the run computes: thrown away, or drawn before a seeding of its scope
    (`seedings`: (function, line) of each) and no longer read once that seeding runs."""
    after = [line for func, line in seedings if func == draw.ctx.func and line > draw.line]
    return thrown_away(draw, facts, lines) or bool(after) and unread_from(facts, draw, min(after))
