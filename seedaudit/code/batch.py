"""Windows batch files (`run_all.bat`, `experiments.cmd`) read as the shell lines they amount to.

A batch launcher runs the same `python train.py --lr 0.1` lines a shell script does; what differs is the
spelling around them: `REM` and `::` comments, `set NAME=value`, `%NAME%` and `%%x` for variables, `^` to
continue a line, and `for %%x in (a b c) do ...` loops. Each line is respelled for the shell reader, one line
for one line, so that every launch keeps the line number it has in the batch file.
"""
from __future__ import annotations

import re

_COMMENT = re.compile(r"^\s*@?(?:rem(?:\s|$)|::)", re.IGNORECASE)
_ECHO_OFF = re.compile(r"^\s*@?echo\s+(?:off|on)\s*$", re.IGNORECASE)
_SET = re.compile(r"""^\s*@?set\s+(?:/a\s+)?"?([A-Za-z_]\w*)=([^"]*)"?\s*$""", re.IGNORECASE)
_FOR = re.compile(r"^\s*@?for\s+(?:/[lLdDrR]\s+)?%%([A-Za-z])\s+in\s*\(([^)]*)\)\s*do\s*(\(?)\s*(.*)$", re.IGNORECASE)
_VARIABLE = re.compile(r"%([A-Za-z_]\w*)%")  # %NAME%
_LOOP_VARIABLE = re.compile(r"%%~?([A-Za-z])\b")  # %%x, %%~x
_ARGUMENT = re.compile(r"%~?([0-9])")  # %1, %~1
_CALL = re.compile(r"^\s*@?call\s+", re.IGNORECASE)
# a comment after a command on the same line: `set SEED=7 & rem fixed for the paper`, `python fit.py & :: note`
_INLINE_COMMENT = re.compile(r"\s*&\s*(?:rem(?:\s|$)|::)(.*)$", re.IGNORECASE)


def as_shell(lines: list[str]) -> list[str]:
    """The batch file's lines respelled as shell lines (same count, same order)."""
    out: list[str] = []
    open_blocks = [0]  # `for ... do (` blocks still open: their lone `)` closes the loop
    for line in lines:
        if _COMMENT.match(line):
            out.append("# " + line.strip())
            continue
        text = _CALL.sub("", line.rstrip())
        remark = _INLINE_COMMENT.search(text)
        if remark is not None:  # the command alone; its remark kept as the shell comment it is
            text = text[:remark.start()]
        respelled = _respelled(text, open_blocks)
        out.append(respelled + (f"  # {remark[1].strip()}" if remark is not None and respelled else ""))
    return out


def _respelled(text: str, open_blocks: list[int]) -> str:
    """One batch line (comments and `call` taken off) as a shell line."""
    if _ECHO_OFF.match(text):
        return ""
    text = text[:-1] + "\\" if text.endswith("^") else text
    if open_blocks[0] and text.strip() == ")":
        open_blocks[0] -= 1
        return "done"
    loop = _FOR.match(text)
    if loop is not None:
        name, values, block, body = loop.groups()
        head = f"for {name} in {' '.join(values.replace(',', ' ').split())}; do"
        if block:
            open_blocks[0] += 1
            return f"{head} {_variables(body)}" if body.strip() else head
        command, mark, rest = _variables(body).partition(" #")  # closed before a trailing ` #…`, a shell comment
        return f"{head} {command}; done{mark}{rest}"
    assignment = _SET.match(text)
    if assignment is not None:
        name, value = assignment.groups()
        return f"{name}={_quoted(_variables(value.strip()))}"
    return _variables(text)


def _variables(text: str) -> str:
    """`%NAME%` → `$NAME`, `%%x` → `$x`, `%1` → `$1`."""
    return _ARGUMENT.sub(r"$\1", _VARIABLE.sub(r"$\1", _LOOP_VARIABLE.sub(r"$\1", text)))


def _quoted(value: str) -> str:
    return f'"{value}"' if any(ch.isspace() for ch in value) else value
