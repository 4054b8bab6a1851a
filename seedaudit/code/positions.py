"""Line/column positions for libcst nodes without libcst's PositionProvider.

PositionProvider re-generates the code of every node and costs about twice the parse itself. The
standard `ast` parser (C, fast) gives the same statements and expressions with positions; pairing
nodes of the same type in source order recovers each libcst node's position. Any disagreement
(counts, callee names) falls back to PositionProvider for that file, so positions are never wrong.
"""
from __future__ import annotations

import ast
import libcst as cst

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


class _Collect(cst.CSTVisitor):
    def __init__(self) -> None:
        self.nodes: dict[type, list[cst.CSTNode]] = {t: [] for t in _PAIRS}

    def on_visit(self, node: cst.CSTNode) -> bool:
        bucket = self.nodes.get(type(node))
        if bucket is not None:
            bucket.append(node)
        return True


def _ast_nodes(tree: ast.AST) -> dict[type, list[ast.AST]]:
    out: dict[type, list[ast.AST]] = {t: [] for t in _PAIRS}
    for node in ast.walk(tree):
        cst_type = _AST_TO_CST.get(type(node))
        if cst_type is not None:
            out[cst_type].append(node)
    for nodes in out.values():
        nodes.sort(key=lambda n: (n.lineno, n.col_offset, -(n.end_lineno or 0), -(n.end_col_offset or 0)))
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


def positions(module: cst.Module, tree: ast.AST) -> dict[int, Span]:
    """id(libcst node) → span, for the node types in _PAIRS."""
    collector = _Collect()
    module.visit(collector)
    by_ast = _ast_nodes(tree)
    out: dict[int, Span] = {}
    for cst_type, cst_nodes in collector.nodes.items():
        ast_nodes = by_ast[cst_type]
        if len(ast_nodes) != len(cst_nodes):
            return _fallback(module)
        for c_node, a_node in zip(cst_nodes, ast_nodes):
            if cst_type is cst.Call and _cst_callee(c_node) != _ast_callee(a_node):
                return _fallback(module)
            out[id(c_node)] = (a_node.lineno, a_node.col_offset, a_node.end_lineno or a_node.lineno, a_node.end_col_offset or 0)
    return out


def _fallback(module: cst.Module) -> dict[int, Span]:
    from libcst.metadata import MetadataWrapper, PositionProvider

    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    out: dict[int, Span] = {}
    for node, rng in wrapper.resolve(PositionProvider).items():
        if type(node) in _PAIRS:
            out[id(node)] = (rng.start.line, rng.start.column, rng.end.line, rng.end.column)
    return out

