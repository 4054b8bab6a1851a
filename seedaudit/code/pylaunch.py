"""Launchers written in Python: `os.system(f"python train.py --seed {seed}")` and `subprocess.run([...])`.

A driver script that builds a command line and runs a project entry point is a launcher like a shell
script: its commands become Invocations, with the values of the enclosing Python loops that feed their
placeholders (`for seed in [0, 1, 2]`) and the literals that module constants put in them (`SEED = 7`).
Each file with such calls gets one LaunchFacts (kind "sh", the Python file's path), so the project pass
reads them with every other launcher. A command built in a helper function from its parameters
(`def fit_one(method, opts): subprocess.run([..., "--method", method])`) is read once per call of that helper
in the file, with what each call hands it: `for method in methods: fit_one(method, opts)` feeds it a loop.
"""
from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Callable
from typing import NamedTuple

from .facts import Assign, Call, FileFacts, Function, LaunchFacts, Loop
from .launchers import command_invocation

RUNNERS = frozenset({"os.system", "os.popen", "subprocess.run", "subprocess.Popen", "subprocess.call",
                     "subprocess.check_call", "subprocess.check_output", "subprocess.getoutput",
                     "subprocess.getstatusoutput"})
_INTERPRETER = frozenset({"sys.executable", "python", "PYTHON"})
_PERCENT = re.compile(r"%%|%[-+ #0-9.]*[sdifr]")
_DEPTH = 3  # a command built through at most this many named intermediate strings
_STATEMENT_LINES = 60  # a command assignment read again from the source spans at most this many lines


class _Command:
    """Turns the expression a runner gets into shell text, loop variables as `$name`."""

    def __init__(self, facts: FileFacts, call: Call, lines: list[str], site: "_Site | None" = None) -> None:
        self.facts = facts
        self.call = call
        self.lines = lines
        self.site = site
        self.loop_names = {name for i in self.loops for name in facts.loops[i].targets}

    @property
    def loops(self) -> tuple[int, ...]:
        """The loops around the run, outermost first: those around the helper's call, then those in the helper."""
        return (self.site.call.ctx.loops if self.site else ()) + self.call.ctx.loops

    def text(self, node: ast.AST, depth: int = 0) -> str:
        if isinstance(node, ast.Constant):
            return str(node.value)
        if isinstance(node, ast.JoinedStr):
            return "".join(self.text(part.value if isinstance(part, ast.FormattedValue) else part, depth) for part in node.values)
        if isinstance(node, (ast.List, ast.Tuple)):
            return " ".join(self.text(element, depth) for element in node.elts)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # lists joined are words apart
            apart = " " if any(isinstance(side, (ast.List, ast.Tuple)) for side in (node.left, node.right)) else ""
            return self.text(node.left, depth) + apart + self.text(node.right, depth)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant):
            return self._percent(str(node.left.value), node.right, depth)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format" \
                and isinstance(node.func.value, ast.Constant):
            return self._format(str(node.func.value.value), node, depth)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("str", "int") and node.args:
            return self.text(node.args[0], depth)
        return self.placeholder(node, depth)

    def _percent(self, template: str, right: ast.AST, depth: int) -> str:
        values = iter(right.elts if isinstance(right, ast.Tuple) else [right])
        return _PERCENT.sub(lambda m: "%" if m[0] == "%%" else self.text(next(values, ast.Constant("")), depth), template)

    def _format(self, template: str, call: ast.Call, depth: int) -> str:
        keywords = {k.arg: k.value for k in call.keywords if k.arg}
        position = iter(call.args)
        out, rest = "", template
        while "{" in rest and "}" in rest.split("{", 1)[1]:
            before, _, after = rest.partition("{")
            field, _, rest = after.partition("}")
            key = field.split(":")[0].split("!")[0]
            node = keywords.get(key) if key and not key.isdigit() else \
                (call.args[int(key)] if key.isdigit() and int(key) < len(call.args) else next(position, None))
            out += before + (self.text(node, depth) if node is not None else "")
        return out + rest

    def placeholder(self, node: ast.AST, depth: int) -> str:
        """A value the command reads: the loop variable as `$name`, a bound literal or string, else its text."""
        source = ast.unparse(node)
        if source in _INTERPRETER:
            return "python"
        if isinstance(node, ast.Name) and self.site is not None and node.id in self.site.handed:
            return self._handed_text(self.site.handed[node.id], depth)
        if isinstance(node, ast.Name) and node.id in self.loop_names:
            return "$" + node.id
        if isinstance(node, ast.Name) and depth < _DEPTH:
            bound = self._binding(node.id)
            if bound is not None and bound.value.text in _INTERPRETER:  # `PYTHON_EXE = sys.executable`
                return "python"
            if bound is not None and bound.value.kind in ("int", "str", "float"):
                return str(bound.value.value)
            if bound is not None and bound.value.kind in ("fstring", "binop", "call", "list", "other"):
                parsed = self.parsed(bound)
                # "other": a list holding names (`[PYTHON, "train.py", "--lr", lr]`)
                if parsed is not None and (bound.value.kind != "other" or isinstance(parsed, (ast.List, ast.Tuple))):
                    return self.text(parsed, depth + 1)
        return "{" + source.replace(" ", "") + "}"

    def _handed_text(self, handed: ast.AST, depth: int) -> str:
        """What the helper's call passes for a parameter, read in the caller's terms (its loop variables as
        `$name`), without reading the caller's names as the helper's parameters again."""
        if isinstance(handed, ast.Name):
            return "$" + handed.id if handed.id in self.loop_names else "{" + handed.id + "}"
        site, self.site = self.site, None
        try:
            return self.text(handed, depth)
        finally:
            self.site = site

    def _binding(self, name: str) -> Assign | None:
        """The last `name = …` before the call, in the call's function or at module level."""
        found = [a for a in self.facts.assigns if a.op == "=" and a.line <= self.call.line
                 and a.ctx.func in (self.call.ctx.func, "") and any(t.kind == "name" and t.text == name for t in a.targets)]
        return max(found, key=lambda a: (a.ctx.func == self.call.ctx.func, a.line)) if found else None

    def parsed(self, assign: Assign) -> ast.AST | None:
        """The value `assign` binds, parsed; read again from the source where the facts keep only the start of a
        long one (a command list of twenty options): the shortest run of lines from its own that parses."""
        if not assign.value.text.endswith("…"):
            return _parse(assign.value.text)
        for end in range(assign.line, min(assign.line + _STATEMENT_LINES, len(self.lines)) + 1):
            parsed = _parse_statement("\n".join(self.lines[assign.line - 1:end]))
            if parsed is not None:
                return parsed.value if isinstance(parsed, ast.Assign) else None
        return None


class _Site(NamedTuple):
    """One call of the helper function that runs the command, and what it hands each of the helper's parameters."""
    call: Call
    handed: dict[str, ast.AST]


def _sites(facts: FileFacts, call: Call) -> list[_Site | None]:
    """The calls in this file of the function that makes the runner call, each with the expressions it passes
    (a parameter left out reads its default); [None] when the call is not in a plain function or nothing here
    calls that function."""
    function = next((f for f in facts.functions if f.qualname == call.ctx.func and f.class_name is None), None)
    if function is None:
        return [None]
    sites = [_Site(c, handed) for c in facts.calls if c.qualname == function.name and c.ctx.func != function.qualname
             and (handed := _handed(c, function)) is not None]
    return sites or [None]


def _handed(call: Call, function: Function) -> dict[str, ast.AST] | None:
    """Parameter name → the expression this call passes for it (or the parameter's default); None when the
    call spreads `*args`/`**kwargs`, whose parts are unknown."""
    if call.star:
        return None
    handed: dict[str, ast.AST] = {}
    for index, param in enumerate(function.params):
        passed = call.arg(index, param.name)
        written = passed if passed is not None else param.default
        node = _parse(written.text) if written is not None else None
        if node is not None:
            handed[param.name] = node
    return handed


def _parse_statement(text: str) -> ast.stmt | None:
    try:
        body = ast.parse(textwrap.dedent(text)).body
    except (SyntaxError, ValueError):
        return None
    return body[0] if len(body) == 1 else None


def _parse(text: str) -> ast.AST | None:
    try:
        return ast.parse(text.strip(), mode="eval").body
    except (SyntaxError, ValueError):
        return None


def python_launches(facts: FileFacts, loop_values: Callable[[Loop], tuple[tuple[str, ...], int]],
                    lines: list[str]) -> LaunchFacts | None:
    """The file's runner calls that run a Python program, as one launch file's Invocations.

    `loop_values(loop)` gives the literal values a loop runs over (empty when not literal) and the line they
    are written on (the loop's, or that of the list it reads: `seeds = [0]`)."""
    launch = LaunchFacts(path=facts.path, kind="sh", digest=facts.digest, module=facts.module, lines=lines)
    for call in facts.calls:
        if call.qualname not in RUNNERS or not call.args:
            continue
        node = _parse(call.args[0].text)
        if node is None:
            continue
        for site in _sites(facts, call):
            command = _Command(facts, call, lines, site)
            for text in _per_argument_list(facts, call, command, command.text(node)):
                invocation = command_invocation(call.line, call.end_line, text)
                if invocation is None:
                    continue
                for loop_id in reversed(command.loops):  # every enclosing loop, innermost first, as in a shell file
                    loop = facts.loops[loop_id]
                    values, line = loop_values(loop)
                    for name in loop.targets:
                        invocation.loop_values.setdefault(name, values)
                        invocation.loop_lines.setdefault(name, line)
                invocation.option_lines = {name: call.line for name in invocation.options}
                launch.invocations.append(invocation)
    return launch if launch.invocations else None


def _per_argument_list(facts: FileFacts, call: Call, command: _Command, text: str) -> list[str]:
    """The command once per argument list a loop feeds it whole (`for args in [base, ablated]:
    subprocess.run(["python", "fit.py"] + args)`): one run per configuration, as separate launch lines would be,
    leaving out the lists a branch around the call turns away (`if "--small" in args:`); else the command as is."""
    for loop_id in command.loops:
        loop = facts.loops[loop_id]
        if len(loop.targets) != 1 or loop.iter is None or f"${loop.targets[0]}" not in text:
            continue
        lists = _argument_lists(command, loop.iter.text)
        if lists is None:
            continue
        name = loop.targets[0]
        placeholder = re.compile(rf"\${re.escape(name)}(?!\w)")
        return [placeholder.sub(lambda _: command.text(element), text) for element in lists
                if _admitted(facts, call, name, element)]
    return [text]


def _argument_lists(command: _Command, source: str) -> list[ast.List] | None:
    """The literal argument lists a loop runs over (`[["--lr", "0.1"], small]`, or a name bound to such a list,
    its elements list literals or names bound to them); None when it runs over anything else."""
    node = _parse(source)
    if isinstance(node, ast.Name):
        node = _bound_node(command, node.id)
    if not isinstance(node, (ast.List, ast.Tuple)) or not node.elts:
        return None
    lists = []
    for element in node.elts:
        if isinstance(element, ast.Name):
            element = _bound_node(command, element.id)
        if not isinstance(element, ast.List):
            return None
        lists.append(element)
    return lists


def _bound_node(command: _Command, name: str) -> ast.AST | None:
    """The expression last bound to `name` before the call, parsed (None when unbound)."""
    bound = command._binding(name)
    return command.parsed(bound) if bound is not None else None


def _admitted(facts: FileFacts, call: Call, name: str, element: ast.List) -> bool:
    """The branches around the call let this argument list through: a test `"--opt" in args` (or `not in`, or
    its else side) holds for it; branches that test anything else are not read."""
    words = {item.value for item in element.elts if isinstance(item, ast.Constant)}
    for branch_id in call.ctx.conds:
        branch = facts.branch(branch_id)
        test = _parse(branch.test.text)
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.In, ast.NotIn))
                and isinstance(test.left, ast.Constant) and isinstance(test.comparators[0], ast.Name)
                and test.comparators[0].id == name):
            continue
        holds = (test.left.value in words) != isinstance(test.ops[0], ast.NotIn)
        if holds == branch.negated:
            return False
    return True
