"""Line/column positions for libcst nodes without libcst's PositionProvider.

PositionProvider re-generates the code of every node and costs about twice the parse itself. The
standard `ast` parser (C, fast) gives the same statements and expressions with positions; pairing
nodes of the same type in source order recovers each libcst node's position. Any disagreement
(counts, callee names) falls back to PositionProvider for that file, so positions are never wrong.
A large file is paired piece by piece (`pieces`); a piece that disagrees sends the whole file back
to the whole-file pairing and its fallback.
"""
from __future__ import annotations

import ast
import bisect
import re

import libcst as cst

from .walk import descendants

# libcst node type → ast node types that stand for the same syntax
_PAIRS: dict[type, tuple[type, ...]] = {
    cst.Call: (ast.Call,),
    cst.FunctionDef: (ast.FunctionDef, ast.AsyncFunctionDef),
    cst.ClassDef: (ast.ClassDef,),
    cst.For: (ast.For, ast.AsyncFor),
    cst.While: (ast.While,),
    cst.If: (ast.If,),
    cst.Assign: (ast.Assign,),
    cst.AugAssign: (ast.AugAssign,),
    cst.AnnAssign: (ast.AnnAssign,),
    cst.Comparison: (ast.Compare,),
    cst.Return: (ast.Return,),
    cst.ListComp: (ast.ListComp,),
    cst.SetComp: (ast.SetComp,),
    cst.DictComp: (ast.DictComp,),
    cst.GeneratorExp: (ast.GeneratorExp,),
}
_AST_TO_CST = {a: c for c, group in _PAIRS.items() for a in group}

Span = tuple[int, int, int, int]  # line, col (0-based), end_line, end_col


def _cst_callee(node: cst.Call) -> str:
    func = node.func
    if isinstance(func, cst.Name):
        return func.value
    if isinstance(func, cst.Attribute):
        return func.attr.value
    return ""


def _ast_callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


_PAIRED_NAMES = frozenset(t.__name__ for t in _PAIRS)


def _cst_nodes(module: cst.Module) -> dict[type, list[cst.CSTNode]]:
    out: dict[type, list[cst.CSTNode]] = {t: [] for t in _PAIRS}
    for node in descendants(module, _PAIRED_NAMES):
        out[type(node)].append(node)
    return out


AstSpans = dict[type, list[tuple[Span, str]]]  # libcst type → (span, callee of a call) of its ast nodes, in source order


def ast_spans(nodes: list[ast.AST]) -> AstSpans:
    """The positions the ast nodes (`list(ast.walk(tree))`) give, per libcst node type, in source order (kept
    instead of the tree)."""
    found: dict[type, list[ast.AST]] = {t: [] for t in _PAIRS}
    for node in nodes:
        cst_type = _AST_TO_CST.get(type(node))
        if cst_type is not None:
            found[cst_type].append(node)
    out: AstSpans = {}
    for cst_type, nodes in found.items():
        nodes.sort(key=lambda n: (n.lineno, n.col_offset, -(n.end_lineno or 0), -(n.end_col_offset or 0)))
        out[cst_type] = [((n.lineno, n.col_offset, n.end_lineno or n.lineno, n.end_col_offset or 0),
                          _ast_callee(n) if cst_type is cst.Call else "") for n in nodes]
    return out


def statement_spans(nodes: list[ast.AST]) -> list[tuple[int, int]]:
    """Logical statements among the ast nodes (`list(ast.walk(tree))`): a simple statement's full span, a
    compound statement's header."""
    spans = []
    for node in nodes:
        if not isinstance(node, ast.stmt):
            continue
        body = getattr(node, "body", None)
        if isinstance(body, list) and body:
            first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
            spans.append((first, max(node.lineno, body[0].lineno - 1)))
        else:
            spans.append((node.lineno, node.end_lineno or node.lineno))
    spans.sort()
    return spans


def positions(module: cst.Module, spans: AstSpans) -> dict[int, Span] | None:
    """id(libcst node) → span, for the node types in _PAIRS; None when the ast nodes do not pair up."""
    out: dict[int, Span] = {}
    for cst_type, cst_nodes in _cst_nodes(module).items():
        ast_side = spans[cst_type]
        if len(ast_side) != len(cst_nodes):
            return None
        for node, (span, callee) in zip(cst_nodes, ast_side):
            if cst_type is cst.Call and _cst_callee(node) != callee:
                return None
            out[id(node)] = span
    return out


def _resolved_positions(module: cst.Module):
    from libcst.metadata import MetadataWrapper, PositionProvider

    return MetadataWrapper(module, unsafe_skip_copy=True).resolve(PositionProvider)


def fallback_positions(module: cst.Module, ranges=None) -> dict[int, Span]:
    """The spans libcst's PositionProvider gives (twice the cost of a parse): for when pairing fails. Columns
    count characters, where the ast's count UTF-8 bytes."""
    out: dict[int, Span] = {}
    for node, rng in (ranges if ranges is not None else _resolved_positions(module)).items():
        if type(node) in _PAIRS:
            out[id(node)] = (rng.start.line, rng.start.column, rng.end.line, rng.end.column)
    return out


def libcst_positions(module: cst.Module) -> tuple[dict[int, Span], list[tuple[int, int]]]:
    """Node spans and statement spans from libcst alone, for code whose grammar is newer than the running
    interpreter's `ast` (an f-string nesting its own quotes parses in Python 3.12, not in 3.11): the same
    answers `positions` and `statement_spans` give from the ast, at the cost of PositionProvider."""
    ranges = _resolved_positions(module)
    statements = []
    for node, rng in ranges.items():
        if isinstance(node, cst.BaseSmallStatement):
            statements.append((rng.start.line, rng.end.line))
        elif isinstance(node, cst.BaseCompoundStatement):
            first = min([rng.start.line] + [ranges[d].start.line for d in getattr(node, "decorators", ())])
            body = getattr(node, "body", None)
            inner = body.body[0] if isinstance(body, cst.IndentedBlock) and body.body else None
            header_end = ranges[inner].start.line - 1 if inner is not None else rng.start.line
            statements.append((first, max(rng.start.line, header_end)))
    statements.sort()
    return fallback_positions(module, ranges), statements


# -- a large file in pieces ------------------------------------------------------------------------
PIECE_LINES = 1000  # top-level statements are grouped into pieces of about this many lines


def pieces(source: str, tree: ast.Module) -> list[tuple[int, int, str]] | None:
    """The source cut between top-level statements into pieces of about PIECE_LINES lines: (first line,
    last line, text), or None when the file must be parsed whole (mixed line endings, which libcst's
    parser reads per module).

    A libcst tree takes some 30 kB a line: parsed whole, a 40k-line file held 1.3 GB. Parsed piece by
    piece, each tree is freed once walked; the pieces parse exactly as in the whole file, since a
    top-level statement starts a line at column 0 and carries its own leading comments.
    """
    crlf = source.count("\r\n")
    if crlf != source.count("\r") or crlf and crlf != source.count("\n"):
        return None
    starts = [0]  # offset of each line (1-based line n starts at starts[n - 1])
    at = source.find("\n")
    while at != -1:
        starts.append(at + 1)
        at = source.find("\n", at + 1)
    out, first = [], 1
    for begin, _ in top_level_units(tree):
        if begin - first >= PIECE_LINES:
            out.append((first, begin - 1, source[starts[first - 1]:starts[begin - 1]]))
            first = begin
    out.append((first, len(starts), source[starts[first - 1]:]))
    return out


def top_level_units(tree: ast.Module) -> list[tuple[int, int]]:
    """(first line, last line) of the module's top-level statements, decorators included; statements that
    share a line (`a = 1; b = [`…) are one unit: a file can be cut only between units."""
    out: list[tuple[int, int]] = []
    for statement in tree.body:
        begin = min([statement.lineno] + [d.lineno for d in getattr(statement, "decorator_list", [])])
        end = statement.end_lineno or statement.lineno
        if out and begin <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((begin, end))
    return out


_BREAK = re.compile(r"\r\n|\r|\n")  # the line ends Python's own parser counts lines by


def oversized(source: str, tree: ast.Module, limit: int | None) -> list[tuple[int, int, int]]:
    """(first line, last line, bytes) of each top-level unit larger than `limit` bytes.

    Parsing takes about 1 kB of memory per byte of a dense literal (a 1.2 MB list of numbers held 1.4 GB),
    and a unit is the least a file can be parsed in: one over the limit is left out (see `masked`)."""
    if limit is None or len(source) <= limit // 4:  # no unit can be over it (UTF-8: at most 4 bytes a character)
        return []
    starts = [0, *(m.end() for m in _BREAK.finditer(source))]
    out = []
    for first, last in top_level_units(tree):
        text = source[starts[first - 1]:starts[last] if last < len(starts) else len(source)]
        size = len(text) if text.isascii() else len(text.encode())
        if size > limit:
            out.append((first, last, size))
    return out


def masked(source: str, units: list[tuple[int, int, int]]) -> str:
    """The source with the lines of each unit blanked (their line ends kept): the rest parses, at the same
    lines and columns, as it did before."""
    starts = [0, *(m.end() for m in _BREAK.finditer(source))]
    parts, at = [], 0
    for first, last, _ in units:
        begin, end = starts[first - 1], starts[last] if last < len(starts) else len(source)
        parts += [source[at:begin], "".join(_BREAK.findall(source, begin, end))]
        at = end
    return "".join(parts) + source[at:]


def piece_spans(spans: AstSpans, first: int, last: int) -> AstSpans:
    """The ast spans of the nodes that start on lines first..last."""
    out: AstSpans = {}
    for cst_type, found in spans.items():
        low = bisect.bisect_left(found, first, key=lambda item: item[0][0])
        high = bisect.bisect_right(found, last, key=lambda item: item[0][0])
        out[cst_type] = found[low:high]
    return out
