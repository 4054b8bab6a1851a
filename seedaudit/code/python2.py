"""Python 2 source spelled as Python 3, line for line, so that an old training script is checked rather than refused.

Many training scripts still in use were written for Python 2: the print statement, `except E, e:`, `raise E, "why"`,
`exec code`, `<>`, octal `0777` and long `10L` literals. None of that changes what a script seeds or trains, but the
syntax-tree parser reads only Python 3, so such a file used to give one input error and no check at all. Each form is
rewritten in place, on the line it is on (so every finding keeps its line); anything else of Python 2 that Python 3
refuses (backquotes, `ur""` strings, a tab-and-space mix it cannot settle) leaves the file an input error.

Code of the Python 3.6 era has one such form too: `x.cuda(async=True)`, the keyword torch renamed `non_blocking`
when `async` became a reserved word (Python 3.7); it is respelled so, in the same way.
"""
from __future__ import annotations

import io
import tokenize

from .sources import parsed_or_none

_STARTS = (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.NL, tokenize.COMMENT)


def python2_respelled(text: str) -> str | None:
    """The text with its Python 2 statements and literals spelled as Python 3, lines unchanged; None when the text
    holds none of them or Python 3 still refuses the result."""
    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(text).readline)]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return None
    edits: list[tuple[tuple[int, int], tuple[int, int], str]] = []  # (start, end, replacement), end exclusive
    for index, token in enumerate(tokens):
        if token.type == tokenize.NAME and token.string in ("print", "exec") and _statement_start(tokens, index):
            edits += _call_form(tokens, index)
        elif token.type == tokenize.NAME and token.string == "except":
            edits += _except_form(tokens, index)
        elif token.type == tokenize.NAME and token.string == "raise" and _statement_start(tokens, index):
            edits += _raise_form(tokens, index)
        elif token.type == tokenize.OP and token.string == "<" and index + 1 < len(tokens) \
                and tokens[index + 1].string == ">" and tokens[index + 1].start == token.end:
            edits.append((token.start, tokens[index + 1].end, "!="))  # `<>`, which Python 3 reads as `<` then `>`
        elif token.type == tokenize.NUMBER:
            edits += _number_form(tokens, index)
        elif token.type == tokenize.NAME and token.string == "async" and 0 < index < len(tokens) - 1 \
                and tokens[index + 1].string == "=" and tokens[index - 1].string in ("(", ","):
            edits.append((token.start, token.end, "non_blocking"))  # `.cuda(async=True)` of torch before 0.4
    if not edits:
        return None
    lines = text.splitlines(keepends=True)
    for (row, col), (end_row, end_col), replacement in sorted(edits, reverse=True):
        if row != end_row:
            return None
        line = lines[row - 1]
        lines[row - 1] = line[:col] + replacement + line[end_col:]
    return parsed_or_none("".join(lines))


def _statement_start(tokens: list[tokenize.TokenInfo], index: int) -> bool:
    """The token opens a statement: first on its logical line, or after `:` or `;` of a one-line compound."""
    before = next((t for t in reversed(tokens[:index]) if t.type not in (tokenize.NL, tokenize.COMMENT)), None)
    return before is None or before.type in _STARTS or before.type == tokenize.OP and before.string in (":", ";")


def _statement_end(tokens: list[tokenize.TokenInfo], index: int) -> int:
    """The index of the last token of the statement that starts at `index` (before its `;`, comment or newline)."""
    depth, last = 0, index
    for position in range(index + 1, len(tokens)):
        token = tokens[position]
        if token.type == tokenize.OP and token.string in "([{":
            depth += 1
        elif token.type == tokenize.OP and token.string in ")]}":
            depth -= 1
        elif depth == 0 and (token.type in (tokenize.NEWLINE, tokenize.ENDMARKER) or token.type == tokenize.OP and token.string == ";"):
            break
        if token.type not in (tokenize.NL, tokenize.COMMENT):
            last = position
    return last


def _top_level_comma(tokens: list[tokenize.TokenInfo], start: int, end: int) -> int | None:
    """The index of the first comma outside brackets between `start` and `end` (inclusive)."""
    depth = 0
    for position in range(start, end + 1):
        token = tokens[position]
        if token.type == tokenize.OP and token.string in "([{":
            depth += 1
        elif token.type == tokenize.OP and token.string in ")]}":
            depth -= 1
        elif depth == 0 and token.type == tokenize.OP and token.string == ",":
            return position
    return None


def _call_form(tokens: list[tokenize.TokenInfo], index: int) -> list:
    """`print x, y` → `print(x, y)`, `print` → `print()`, `print >>f, x` → `print(x, file=f)`, `exec code` →
    `exec(code)`; a statement already written as a call is left alone."""
    keyword, after = tokens[index], tokens[index + 1]
    if after.type == tokenize.OP and after.string in ("(", "=", "."):
        return []
    end = _statement_end(tokens, index)
    if end == index:
        return [(keyword.end, keyword.end, "()")]
    last = tokens[end]
    if keyword.string == "print" and after.type == tokenize.OP and after.string == ">>":
        comma = _top_level_comma(tokens, index + 2, end)
        if comma is None:  # `print >>f`: a blank line written to f
            return [(keyword.end, after.end, "(file="), (last.end, last.end, ")")]
        target = tokens[index + 2:comma]
        if any(t.start[0] != keyword.start[0] for t in target):
            return []
        written = "".join(t.string for t in target)
        return [(keyword.end, tokens[comma].end, "("), (last.end, last.end, f", file={written})")]
    return [(keyword.end, after.start, "("), (last.end, last.end, ")")]


def _except_form(tokens: list[tokenize.TokenInfo], index: int) -> list:
    """`except ValueError, err:` → `except ValueError as err:`."""
    colon = next((p for p in range(index + 1, len(tokens)) if tokens[p].type == tokenize.OP and tokens[p].string == ":"), None)
    if colon is None:
        return []
    comma = _top_level_comma(tokens, index + 1, colon - 1)
    if comma is None or comma + 2 != colon or tokens[comma + 1].type != tokenize.NAME:
        return []
    return [(tokens[comma].start, tokens[comma].end, " as")]


def _raise_form(tokens: list[tokenize.TokenInfo], index: int) -> list:
    """`raise ValueError, "bad seed"` → `raise ValueError("bad seed")`."""
    end = _statement_end(tokens, index)
    comma = _top_level_comma(tokens, index + 1, end)
    if comma is None:
        return []
    return [(tokens[comma].start, tokens[comma].end, "("), (tokens[end].end, tokens[end].end, ")")]


def _number_form(tokens: list[tokenize.TokenInfo], index: int) -> list:
    """`0777` → `0o777` and `10L` → `10` (Python 3's tokenizer splits them: `0` `777`, `10` `L`)."""
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.start != token.end:
        return []
    if token.string == "0" and after.type == tokenize.NUMBER and after.string.isdigit() and set(after.string) <= set("01234567"):
        return [(token.start, after.end, "0o" + after.string)]
    if token.string.isdigit() and after.type == tokenize.NAME and after.string in ("L", "l"):
        return [(after.start, after.end, "")]
    return []
