"""One libcst parse and one walk per file → FileFacts (see facts.py for why rules never see the tree)."""
from __future__ import annotations

import ast
import copy
import gc
import re
from contextlib import contextmanager, nullcontext
from typing import Iterator

import libcst as cst
from libcst._nodes.internal import CodegenState

from .facts import (Assign, Branch, Call, ClassDef, Compare, Context, Expr, FileFacts, Function, Import, Loop,
                    Param)
from .budget import Deadline, OverBudget
from .grammar import newer_grammar_may_read
from .positions import ast_spans, fallback_positions, libcst_positions, masked, oversized, piece_spans, pieces, positions, statement_spans
from .walk import walk

_TEXT_LIMIT = 200
_KEYWORDS = re.compile(r"reproduc|determinis|replicab", re.IGNORECASE)


_EMPTY = cst.Module(body=[])


class _Long(Exception):
    """The code of a node has grown past the length asked for."""


class _CodeState(CodegenState):
    """libcst's code generation state, as `Module.code_for_node` uses it, made cheaper for text alone: its
    position hook (a generator-based context manager entered for nearly every node, a fifth of the code
    generation) records nothing here, and generation stops once the text is longer than `limit`."""

    def __init__(self, limit: float) -> None:
        super().__init__(default_indent=_EMPTY.default_indent, default_newline=_EMPTY.default_newline)
        self.limit, self.size = limit, 0

    def add_token(self, value: str) -> None:
        self.tokens.append(value)
        self.size += len(value)
        if self.size > self.limit:
            raise _Long

    def add_indent_tokens(self) -> None:
        for token in self.indent_tokens:
            self.add_token(token)

    def record_syntactic_position(self, node: cst.CSTNode, *, start_node=None, end_node=None) -> nullcontext:
        return _NO_POSITION


_NO_POSITION = nullcontext()


def _code(node: cst.CSTNode, limit: float = float("inf")) -> str:
    """The node's source text, as `Module.code_for_node` gives it; past `limit` characters, only its first
    `limit` characters and "…" (the rest is never generated: nested expressions are each turned to text)."""
    state = _CodeState(limit)
    try:
        node._codegen(state)
    except _Long:
        return "".join(state.tokens)[:limit] + "…"
    return "".join(state.tokens)


def dotted(node: cst.BaseExpression) -> str | None:
    """`a.b.c` for Name/Attribute chains, else None."""
    parts = []
    while isinstance(node, cst.Attribute):
        parts.append(node.attr.value)
        node = node.value
    if isinstance(node, cst.Name):
        parts.append(node.value)
        return ".".join(reversed(parts))
    return None


def _literal(node: cst.BaseExpression):
    """(kind, value) for literals; lists/tuples/sets of literals become lists; ('', None) otherwise."""
    if isinstance(node, cst.Integer):
        try:
            return "int", int(node.value.replace("_", ""), 0)
        except ValueError:
            return "int", None
    if isinstance(node, cst.Float):
        return "float", float(node.value.replace("_", ""))
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
        kind, value = _literal(node.expression)
        if kind in ("int", "float") and value is not None:
            return kind, -value
    if isinstance(node, cst.SimpleString):
        return "str", _string_value(node.value)
    if isinstance(node, cst.ConcatenatedString):
        return "str", None
    if isinstance(node, cst.Name) and node.value in ("True", "False", "None"):
        return ("none", None) if node.value == "None" else ("bool", node.value == "True")
    if isinstance(node, (cst.List, cst.Tuple, cst.Set)):
        values = []
        for element in node.elements:
            kind, value = _literal(element.value) if isinstance(element, cst.Element) else ("", None)
            if kind not in ("int", "float", "str", "bool", "none"):
                return "", None
            values.append(value)
        return "list", values
    return "", None


def _string_value(text: str):
    """The value of a string literal (None where it does not evaluate). Without a prefix, a backslash or a
    carriage return (which a literal's newlines are read as \\n), the value is the text between the quotes:
    no parse needed, which is what `literal_eval` costs for each of a file's thousands of strings."""
    if text[0] in "'\"" and "\\" not in text and "\r" not in text:
        quote = 3 if text[:3] in ('"""', "'''") else 1
        return text[quote:-quote]
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None


class _Names(cst.CSTVisitor):
    def __init__(self) -> None:
        self.names: list[str] = []

    def visit_Name(self, node: cst.Name) -> None:
        self.names.append(node.value)

    def visit_Attribute(self, node: cst.Attribute) -> bool:
        walk(node.value, self)
        return False  # attribute names are not variables


class Extractor(cst.CSTVisitor):
    """Fills a FileFacts in one walk; keeps the function, loop and branch stacks as context."""

    def __init__(self, facts: FileFacts, spans: dict[int, tuple[int, int, int, int]], byte_cols: bool,
                 deadline: Deadline | None = None) -> None:
        self.facts = facts
        self.spans = spans
        self.byte_cols = byte_cols
        self.deadline = deadline or Deadline()
        self.columns: dict[int, list[int]] = {}  # line → byte offset → character column (see char_col)
        self.func: list[str] = []
        self.classes: list[str] = []
        self.loops: list[int] = []
        self.conds: list[int] = []
        self.assign_targets: list[tuple[cst.CSTNode, tuple[str, ...]]] = []
        # (function, name) → the dict literal last bound to the name there, None once rebound or written into
        self.keyword_dicts: dict[tuple[str, str], cst.Dict | None] = {}

    # -- helpers -------------------------------------------------------------------------------
    def ctx(self) -> Context:
        return Context(func=".".join(self.func), loops=tuple(self.loops), conds=tuple(self.conds))

    def pos(self, node: cst.CSTNode) -> tuple[int, int, int]:
        line, col, end_line, _ = self.spans.get(id(node), (0, 0, 0, 0))
        if self.byte_cols and line:
            col = self.char_col(line, col)
        return line, col, end_line

    def char_col(self, line: int, col: int) -> int:
        """The character column of a byte offset (`ast` counts UTF-8 bytes): the characters complete in
        the first `col` bytes. Kept per line: re-encoding the line for every node made a long line with
        thousands of calls quadratic."""
        table = self.columns.get(line)
        if table is None:
            table = self.columns[line] = [0]
            for index, char in enumerate(self.facts.lines[line - 1]):
                table += [index] * (len(char.encode()) - 1) + [index + 1]
        return table[min(col, len(table) - 1)]

    def resolve(self, name: str | None) -> str | None:
        if name is None:
            return None
        head, _, rest = name.partition(".")
        target = self.facts.aliases.get(head)
        if target is None:
            return name
        return f"{target}.{rest}" if rest else target

    def expr(self, node: cst.BaseExpression) -> Expr:
        kind, value = _literal(node)
        text = _code(node, _TEXT_LIMIT)
        qualname = None
        if not kind:
            if isinstance(node, cst.Name):
                kind, qualname = "name", self.resolve(node.value)
            elif isinstance(node, cst.Attribute):
                kind, qualname = "attr", self.resolve(dotted(node))
            elif isinstance(node, cst.Call):
                kind, qualname = "call", self.resolve(dotted(node.func))
            elif isinstance(node, cst.Subscript):
                kind, qualname = "subscript", self.resolve(dotted(node.value))
                index = node.slice[0].slice if len(node.slice) == 1 else None
                if isinstance(index, cst.Index):
                    value = _literal(index.value)[1]
            elif isinstance(node, cst.BinaryOperation):
                kind = "binop"
            elif isinstance(node, (cst.FormattedString,)):
                kind = "fstring"
            elif isinstance(node, cst.Dict):
                kind = "dict"
            else:
                kind = "other"
        names = _Names()
        walk(node, names)
        return Expr(text=text, kind=kind, value=value, qualname=qualname, names=tuple(dict.fromkeys(names.names)))

    def visit_SimpleStatementLine(self, node: cst.SimpleStatementLine) -> None:
        self.deadline.check()  # at every statement: no file holds the walk past its time budget

    visit_SimpleStatementSuite = visit_SimpleStatementLine

    # -- imports -------------------------------------------------------------------------------
    def visit_Import(self, node: cst.Import) -> None:
        line = self.pos(node)[0] if id(node) in self.spans else 0
        for alias in node.names:
            full = dotted(alias.name) or ""
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                self.facts.aliases[alias.asname.name.value] = full
            else:
                head = full.split(".")[0]
                self.facts.aliases.setdefault(head, head)
            self.facts.imports.append(Import(module=full, names=(), line=line))

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        module = ("." * len(node.relative)) + (dotted(node.module) or "" if node.module is not None else "")
        if isinstance(node.names, cst.ImportStar):
            self.facts.imports.append(Import(module=module, names=("*",), line=0))
            return
        names = []
        for alias in node.names:
            name = dotted(alias.name) or ""
            local = alias.asname.name.value if alias.asname is not None and isinstance(alias.asname.name, cst.Name) else name
            self.facts.aliases[local] = f"{module}.{name}" if module and not module.endswith(".") else f"{module}{name}"
            names.append(name)
        self.facts.imports.append(Import(module=module, names=tuple(names), line=0))

    # -- definitions ---------------------------------------------------------------------------
    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        line, _, end = self.pos(node)
        bases = tuple(self.resolve(dotted(arg.value)) or _code(arg.value) for arg in node.bases)
        fields = []
        if isinstance(node.body, cst.IndentedBlock):
            for stmt in node.body.body:
                if isinstance(stmt, cst.SimpleStatementLine):
                    for small in stmt.body:
                        if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                            fields.append(Param(small.target.value, self.expr(small.value) if small.value else None,
                                                _code(small.annotation.annotation)))
                        elif isinstance(small, cst.Assign) and len(small.targets) == 1 \
                                and isinstance(small.targets[0].target, cst.Name):  # `RANDOM_SEED = 42`: no annotation
                            fields.append(Param(small.targets[0].target.value, self.expr(small.value), None))
        self.facts.classes.append(ClassDef(node.name.value, bases, line, end, tuple(fields)))
        self.classes.append(node.name.value)
        self.func.append(node.name.value)

    def leave_ClassDef(self, node: cst.ClassDef) -> None:
        self.classes.pop()
        self.func.pop()

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        line, _, end = self.pos(node)
        params = []
        for p in (*node.params.posonly_params, *node.params.params, *node.params.kwonly_params):
            params.append(Param(p.name.value, self.expr(p.default) if p.default is not None else None,
                                _code(p.annotation.annotation) if p.annotation is not None else None))
        decorators = tuple(self.resolve(dotted(d.decorator.func if isinstance(d.decorator, cst.Call) else d.decorator)) or _code(d.decorator)
                           for d in node.decorators)
        qualname = ".".join([*self.func, node.name.value])
        class_name = self.classes[-1] if self.classes and self.func and self.func[-1] == self.classes[-1] else None
        self.facts.functions.append(Function(qualname, node.name.value, class_name, tuple(params), decorators, line, end, self.ctx()))

    def visit_FunctionDef_body(self, node: cst.FunctionDef) -> None:
        self.func.append(node.name.value)
        self._saved = getattr(self, "_saved", [])
        self._saved.append((self.loops, self.conds))
        self.loops, self.conds = [], []

    def leave_FunctionDef_body(self, node: cst.FunctionDef) -> None:
        self.func.pop()
        self.loops, self.conds = self._saved.pop()

    def visit_Lambda_body(self, node: cst.Lambda) -> None:
        self.func.append("<lambda>")  # its calls run when the lambda is called, not where it is written

    def leave_Lambda_body(self, node: cst.Lambda) -> None:
        self.func.pop()

    # -- control flow --------------------------------------------------------------------------
    def _targets(self, node: cst.BaseExpression) -> tuple[str, ...]:
        if isinstance(node, (cst.Tuple, cst.List)):
            return tuple(n for el in node.elements for n in self._targets(el.value))
        name = dotted(node)
        return (name,) if name else ()

    def _bind(self, names, value: cst.BaseExpression | None = None) -> None:
        """Names bound (or written into) here: a dict literal bound to a plain name is kept for `**name` (see
        _unpacked), anything else forgets what the name held."""
        func = ".".join(self.func)
        for name in names:
            base = re.match(r"[A-Za-z_]\w*", name)
            if base is None:
                continue
            literal = isinstance(value, cst.Dict) and base[0] == name and all(
                isinstance(e, cst.DictElement) and _literal(e.key)[0] == "str" for e in value.elements)
            keywords = isinstance(value, cst.Call) and dotted(value.func) == "dict" and base[0] == name and all(
                a.keyword is not None and not a.star for a in value.args)  # `dict(max_depth=5, random_state=42)`
            self.keyword_dicts[(func, base[0])] = value if literal or keywords else None

    def _unpacked(self, name: str) -> list[tuple[str, cst.BaseExpression, cst.CSTNode]]:
        """The entries of the dict literal (or `dict(...)` of keywords) a `**name` argument unpacks (`Model(**params)`
        after `params = {"seed": 1}` in the same function or at module level, not rebound or written into since):
        (key, value, element)."""
        found = self.keyword_dicts.get((".".join(self.func), name), self.keyword_dicts.get(("", name)))
        if isinstance(found, cst.Call):
            return [(a.keyword.value, a.value, found) for a in found.args]  # placed at the `dict(` call
        return [(_literal(e.key)[1], e.value, e) for e in found.elements] if found is not None else []

    def _open_loop(self, node: cst.CSTNode, kind: str, targets: tuple[str, ...], iterable) -> None:
        line, _, end = self.pos(node)
        loop = Loop(len(self.facts.loops), kind, targets, self.expr(iterable) if iterable is not None else None, line, end, self.ctx())
        self.facts.loops.append(loop)
        self.loops.append(loop.id)

    def visit_For_body(self, node: cst.For) -> None:
        targets = self._targets(node.target)
        self._bind(targets)
        self._open_loop(node, "for", targets, node.iter)

    def leave_For_body(self, node: cst.For) -> None:
        self.loops.pop()

    def visit_While_body(self, node: cst.While) -> None:
        self._open_loop(node, "while", (), node.test)

    def leave_While_body(self, node: cst.While) -> None:
        self.loops.pop()

    def _visit_comp(self, node) -> None:
        comp = node.for_in
        self._open_loop(node, "comp", self._targets(comp.target), comp.iter)

    def _leave_comp(self, node) -> None:
        self.loops.pop()

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _visit_comp
    leave_ListComp = leave_SetComp = leave_DictComp = leave_GeneratorExp = _leave_comp

    def _open_branch(self, node: cst.If, negated: bool) -> None:
        test = self.expr(node.test)
        main = (not negated and "__name__" in test.names and "__main__" in test.text)
        if main:
            self.facts.has_main_guard = True
        branch = Branch(len(self.facts.branches), test, negated, self.pos(node)[0], self.ctx(), main_guard=main)
        self.facts.branches.append(branch)
        self.conds.append(branch.id)

    def visit_If_body(self, node: cst.If) -> None:
        self._open_branch(node, negated=False)

    def leave_If_body(self, node: cst.If) -> None:
        self.conds.pop()

    def visit_If_orelse(self, node: cst.If) -> None:
        if node.orelse is not None:
            self._open_branch(node, negated=True)

    def leave_If_orelse(self, node: cst.If) -> None:
        if node.orelse is not None:
            self.conds.pop()

    # -- statements and expressions ------------------------------------------------------------
    def visit_Assign(self, node: cst.Assign) -> None:
        line, col, _ = self.pos(node)
        targets = tuple(self.expr(t.target) for t in node.targets)
        self.facts.assigns.append(Assign(targets, self.expr(node.value), line, col, self.ctx()))
        self.assign_targets.append((node.value, tuple(n for t in node.targets for n in self._targets(t.target))))
        self._bind([t.text for t in targets], node.value if len(node.targets) == 1 else None)
        if isinstance(node.value, cst.Dict):
            ctx, cursor = self.ctx(), [line, self.pos(node)[2]]
            for target in targets:
                if target.kind == "name" and not ctx.func and not ctx.loops:
                    for key, value, at in self._dict_entries(target.text, node.value, cursor):
                        self.facts.dict_settings.append((key, _code(value, _TEXT_LIMIT), at))
                elif target.kind == "name" and ctx.func:
                    self.facts.local_dict_ints.extend(
                        (ctx.func, key, found[1], at) for key, value, at in self._dict_entries(target.text, node.value, cursor)
                        if (found := _literal(value))[0] == "int" and found[1] is not None)

    def _dict_entries(self, prefix: str, node: cst.Dict, cursor: list[int]) -> Iterator[tuple[str, cst.BaseExpression, int]]:
        """A dict literal's entries under string keys, nested dicts flattened to dotted keys: (key, value, line).

        Dict entries have no recorded position (see positions._PAIRS); an entry's line is the first line, from the
        previous entry's on (`cursor`: that line and the statement's last), that holds its key as written."""
        for element in node.elements:
            if not isinstance(element, cst.DictElement) or _literal(element.key)[0] != "str":
                continue
            key = f"{prefix}.{_literal(element.key)[1]}"
            written = element.key.value if isinstance(element.key, cst.SimpleString) else None
            cursor[0] = next((at for at in range(cursor[0], cursor[1] + 1) if written and written in self.facts.lines[at - 1]),
                             cursor[0])
            if isinstance(element.value, cst.Dict):
                yield from self._dict_entries(key, element.value, cursor)
            else:
                yield key, element.value, cursor[0]

    def leave_Assign(self, node: cst.Assign) -> None:
        self.assign_targets.pop()

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        if node.value is None:
            return
        target = self.expr(node.target)
        self._bind([target.text], node.value)
        line, col, _ = self.pos(node)
        self.facts.assigns.append(Assign((target,), self.expr(node.value), line, col, self.ctx()))

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        target = self.expr(node.target)
        self._bind([target.text])
        line, col, _ = self.pos(node)
        op = _code(node.operator).strip()
        self.facts.assigns.append(Assign((target,), self.expr(node.value), line, col, self.ctx(), op=op))

    def visit_Return(self, node: cst.Return) -> None:
        if node.value is not None:
            self.facts.returns.append((".".join(self.func), self.expr(node.value), self.pos(node)[0]))

    def visit_Comparison(self, node: cst.Comparison) -> None:
        line = self.pos(node)[0]
        ops = tuple(_code(t.operator).strip() for t in node.comparisons)
        right = tuple(self.expr(t.comparator) for t in node.comparisons)
        self.facts.compares.append(Compare(self.expr(node.left), ops, right, line, self.ctx()))

    def visit_Call(self, node: cst.Call) -> None:
        line, col, end = self.pos(node)
        name = dotted(node.func)
        qualname = self.resolve(name) if name else _code(node.func)
        args, kwargs, star, arg_lines, spread = [], {}, False, {}, []
        multiline = end > line  # only then is an argument's own line worth the code generation
        offset = _code(node.func).count("\n") + _code(node.whitespace_after_func).count("\n") + \
            _code(node.whitespace_before_args).count("\n") if multiline else 0
        receiver, _, method = (name or "").rpartition(".")
        if method in ("update", "setdefault", "pop", "popitem", "clear") and receiver:
            self._bind([receiver])  # `params.update(seed=s)`: the literal no longer says what the dict holds
        for arg in node.args:
            unpacked = self._unpacked(arg.value.value) if arg.star == "**" and isinstance(arg.value, cst.Name) else []
            if unpacked:
                star = True
                for key, value, element in unpacked:
                    if key not in kwargs:  # an explicit keyword wins over the dict's entry
                        kwargs[key] = self.expr(value)
                        arg_lines[key] = self.pos(element)[0] or line + offset
            elif arg.star:
                star = True
                if arg.star == "**" and isinstance(arg.value, cst.Name):
                    spread.append(arg.value.value)
            elif arg.keyword is not None:
                kwargs[arg.keyword.value] = self.expr(arg.value)
                arg_lines[arg.keyword.value] = line + offset
            else:
                arg_lines[str(len(args))] = line + offset
                args.append(self.expr(arg.value))
            if multiline:
                offset += _code(arg).count("\n")
        targets = self.assign_targets[-1][1] if self.assign_targets and self.assign_targets[-1][0] is node else ()
        self.facts.calls.append(Call(qualname, tuple(args), kwargs, line, col, end, self.ctx(), targets, star, arg_lines,
                                     tuple(spread)))


def _extract_newer_grammar(facts: FileFacts, source: str, deadline: Deadline, refused: SyntaxError) -> FileFacts:
    """The file parsed and placed by libcst alone (grammar.py: Python of a newer grammar than this interpreter's
    `ast` reads). Code that libcst refuses too is a real syntax error, reported as the interpreter words it."""
    try:
        module = cst.parse_module(source)
    except Exception:  # libcst.ParserSyntaxError, RecursionError
        raise refused from None
    deadline.check()
    spans, facts.statements = libcst_positions(module)
    walk(module, Extractor(facts, spans, byte_cols=False, deadline=deadline))
    return facts


def extract(facts: FileFacts, source: str, deadline: Deadline | None = None, max_statement_bytes: int | None = None) -> FileFacts:
    """Parse `source` with libcst (and with `ast` for positions) and fill `facts`.

    A file is parsed and walked piece by piece (positions.pieces), so that only one piece's tree is
    held at a time; where a piece does not parse or pair up on its own, the file is done again whole,
    exactly as before. A top-level statement over `max_statement_bytes` is left out (its lines read as
    blank, one entry in `cell_errors` says so): it alone would hold more memory than the whole file in
    pieces. Raises SyntaxError or libcst.ParserSyntaxError for code that does not parse, and OverBudget
    once `deadline` has passed (checked after each parse and at each statement).
    """
    deadline = deadline or Deadline()
    with _no_cycle_collection():
        blank = copy.deepcopy(vars(facts))  # to start over from
        try:
            return _extract(facts, source, deadline, max_statement_bytes, in_pieces=True)
        except _WholeFile:
            vars(facts).update(blank)
            return _extract(facts, source, deadline, max_statement_bytes, in_pieces=False)


def _left_out(lines: list[str], unit: tuple[int, int, int], limit: int) -> tuple[int, int, str, str]:
    """The cell_errors entry (line, column, message, text) of a statement left out for its size."""
    first, last, size = unit
    return (first, 0, f"partly checked: lines {first}-{last} are one statement of {size} bytes, over max-statement-bytes "
                      f"({limit}), and were not checked; raise it in [tool.seedaudit] to check them",
            lines[first - 1][:200] if first <= len(lines) else "")


class _WholeFile(Exception):
    """A piece that does not parse or pair up on its own: the file is to be parsed whole."""


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Syntax trees are millions of objects without reference cycles, freed by reference counting: the
    cycle collector would only scan the growing trees again and again (a third of the parse time of a
    40k-line file)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _extract(facts: FileFacts, source: str, deadline: Deadline, max_statement_bytes: int | None,
             in_pieces: bool) -> FileFacts:
    facts.lines = source.splitlines()
    facts.keyword_lines = [(i + 1, line.strip()[:200]) for i, line in enumerate(facts.lines) if _KEYWORDS.search(line)]
    try:
        tree = ast.parse(source)
    except SyntaxError as refused:
        if not newer_grammar_may_read(refused) or \
                max_statement_bytes is not None and len(source) > max_statement_bytes // 4:
            raise  # no ast to find a statement too large to parse, and no parse without knowing there is none
        return _extract_newer_grammar(facts, source, deadline, refused)
    left_out = oversized(source, tree, max_statement_bytes)
    if left_out:
        facts.cell_errors.extend(_left_out(facts.lines, unit, max_statement_bytes) for unit in left_out)
        source = masked(source, left_out)
        tree = ast.parse(source)
    nodes = list(ast.walk(tree))  # one walk of the ast for both
    facts.statements = statement_spans(nodes)
    spans = ast_spans(nodes)
    del nodes
    cuts = pieces(source, tree) if in_pieces else None
    del tree  # only its spans are needed from here on
    extractor = Extractor(facts, {}, byte_cols=not source.isascii(), deadline=deadline)
    if cuts is None:
        module = cst.parse_module(source)
        deadline.check()
        found = positions(module, spans)
        extractor.spans = found if found is not None else fallback_positions(module)
        extractor.byte_cols = found is not None and not source.isascii()  # libcst's own columns count characters
        walk(module, extractor)
        return facts
    for first, last, text in cuts:
        try:
            module = cst.parse_module(text)
            deadline.check()
            extractor.spans = positions(module, piece_spans(spans, first, last))
            if extractor.spans is not None:
                walk(module, extractor)
        except OverBudget:
            raise
        except Exception as exc:  # does not parse or walk alone (libcst's error, too deep): as the whole file says
            raise _WholeFile from exc
        if extractor.spans is None:
            raise _WholeFile  # its nodes do not pair up with the ast's
    return facts
