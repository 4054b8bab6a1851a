"""Python that the running interpreter's `ast` refuses but a newer Python reads.

The code reader places libcst's nodes with the standard `ast` parser (positions.py), so it reads the grammar of
the interpreter it runs on. Code written for a newer Python, such as Python 3.12's f-strings that nest their own
quotes, is then refused on 3.11 although libcst's parser, which knows the newer grammar, reads it: such a file
is read by libcst alone (extract.py), and such a notebook cell is kept. What every Python refuses stays a syntax
error: libcst refuses it too, or it is over a limit of Python's own parser that no version lifts.
"""
from __future__ import annotations

_PARSER_LIMITS = ("too many nested",)  # every CPython parser's nesting limit, not a grammar of its own


def newer_grammar_may_read(refused: SyntaxError) -> bool:
    """Whether the interpreter's refusal leaves room for a newer grammar (libcst is still to be asked)."""
    return not any(limit in (refused.msg or "") for limit in _PARSER_LIMITS)


def newer_grammar_reads(text: str, refused: SyntaxError) -> bool:
    """Whether `text`, which the interpreter refused, is Python that libcst's parser reads."""
    if not newer_grammar_may_read(refused):
        return False
    import libcst

    try:
        libcst.parse_module(text)
    except Exception:  # libcst.ParserSyntaxError, RecursionError
        return False
    return True
