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


def _cst_nodes(module: cst.Module) -> dict[type, list[cst.CSTNode]]:
    out: dict[type, list[cst.CSTNode]] = {t: [] for t in _PAIRS}
    for node in descendants(module):
        bucket = out.get(type(node))
        if bucket is not None:
            bucket.append(node)
    return out


AstSpans = dict[type, list[tuple[Span, str]]]  # libcst type → (span, callee of a call) of its ast nodes, in source order


def ast_spans(tree: ast.AST) -> AstSpans:
    """The positions the ast nodes give, per libcst node type, in source order (kept instead of the tree)."""
    found: dict[type, list[ast.AST]] = {t: [] for t in _PAIRS}
    for node in ast.walk(tree):
        cst_type = _AST_TO_CST.get(type(node))
        if cst_type is not None:
            found[cst_type].append(node)
    out: AstSpans = {}
    for cst_type, nodes in found.items():
        nodes.sort(key=lambda n: (n.lineno, n.col_offset, -(n.end_lineno or 0), -(n.end_col_offset or 0)))
        out[cst_type] = [((n.lineno, n.col_offset, n.end_lineno or n.lineno, n.end_col_offset or 0),
                          _ast_callee(n) if cst_type is cst.Call else "") for n in nodes]
    return out


def statement_spans(tree: ast.AST) -> list[tuple[int, int]]:
    """Logical statements: a simple statement's full span, a compound statement's header."""
    spans = []
    for node in ast.walk(tree):
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


def fallback_positions(module: cst.Module) -> dict[int, Span]:
    """The spans libcst's PositionProvider gives (twice the cost of a parse): for when pairing fails."""
    from libcst.metadata import MetadataWrapper, PositionProvider

    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    out: dict[int, Span] = {}
    for node, rng in wrapper.resolve(PositionProvider).items():
        if type(node) in _PAIRS:
            out[id(node)] = (rng.start.line, rng.start.column, rng.end.line, rng.end.column)
    return out


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
    out, first, previous_end = [], 1, 0
    for statement in tree.body:
        begin = min([statement.lineno] + [d.lineno for d in getattr(statement, "decorator_list", [])])
        if begin - first >= PIECE_LINES and begin > previous_end:
            out.append((first, begin - 1, source[starts[first - 1]:starts[begin - 1]]))
            first = begin
        previous_end = statement.end_lineno or statement.lineno
    out.append((first, len(starts), source[starts[first - 1]:]))
    return out


def piece_spans(spans: AstSpans, first: int, last: int) -> AstSpans:
    """The ast spans of the nodes that start on lines first..last."""
    out: AstSpans = {}
    for cst_type, found in spans.items():
        low = bisect.bisect_left(found, first, key=lambda item: item[0][0])
        high = bisect.bisect_right(found, last, key=lambda item: item[0][0])
        out[cst_type] = found[low:high]
    return out
