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


def as_shell(lines: list[str]) -> list[str]:
    """The batch file's lines respelled as shell lines (same count, same order)."""
    out: list[str] = []
    open_blocks = 0  # `for ... do (` blocks still open: their lone `)` closes the loop
    for line in lines:
        if _COMMENT.match(line):
            out.append("# " + line.strip())
            continue
        if _ECHO_OFF.match(line):
            out.append("")
            continue
        text = _CALL.sub("", line.rstrip())
        text = text[:-1] + "\\" if text.endswith("^") else text
        if open_blocks and text.strip() == ")":
            open_blocks -= 1
            out.append("done")
            continue
        loop = _FOR.match(text)
        if loop is not None:
            name, values, block, body = loop.groups()
            head = f"for {name} in {' '.join(values.replace(',', ' ').split())}; do"
            if block:
                open_blocks += 1
                out.append(f"{head} {_variables(body)}" if body.strip() else head)
            else:  # closed before a trailing ` #…`, which the shell would read as a comment
                command, mark, rest = _variables(body).partition(" #")
                out.append(f"{head} {command}; done{mark}{rest}")
            continue
        assignment = _SET.match(text)
        if assignment is not None:
            name, value = assignment.groups()
            out.append(f"{name}={_quoted(_variables(value.strip()))}")
            continue
        out.append(_variables(text))
    return out


def _variables(text: str) -> str:
    """`%NAME%` → `$NAME`, `%%x` → `$x`, `%1` → `$1`."""
    return _ARGUMENT.sub(r"$\1", _VARIABLE.sub(r"$\1", _LOOP_VARIABLE.sub(r"$\1", text)))


def _quoted(value: str) -> str:
    return f'"{value}"' if any(ch.isspace() for ch in value) else value
