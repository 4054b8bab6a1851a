"""Shell functions that run a training command, read once per call.

A launcher often wraps its command in a function (`launch_model() { python main.py --modality "$1" --seed "$SEED"; }`)
and calls it once per compared model (`launch_model omics`, `launch_model wsi`). The function's body runs where
it is called, with the call's words as `$1`, `$2`, `"$@"`: each call is read as the body's commands written on
the call's line, its arguments in place, and the definition itself runs nothing. A command kept in an array
(`cmd=(python main.py --seed "$SEED")`, `cmd+=("$@")`, then `"${cmd[@]}"`) is written out where it is run.
"""
from __future__ import annotations

import re
import shlex

_DEFINITION = re.compile(r"^\s*(?:function\s+([A-Za-z_][\w-]*)\s*(?:\(\s*\))?|([A-Za-z_][\w-]*)\s*\(\s*\))\s*(\{)?\s*(?:#.*)?$")
_OPENS = re.compile(r"^(?:if|case|for|while|until|select)\b|.*\{\s*$")
BLOCK_CLOSES = re.compile(r"^(?:fi|esac|done|\})(?:\s|;|$)")  # a lone `}` too, which `\b` would not match
_POSITIONAL = re.compile(r"\$\{?([1-9])\}?|\"\$[@*]\"|\$[@*]|\$\{[@*]\}")
_ARRAY = re.compile(r"^(?:local\s+|declare\s+(?:-\w\s+)*)?([A-Za-z_]\w*)(\+?)=\((.*)\)\s*$")
_ARRAY_RUN = re.compile(r"""^(["']?)\$\{([A-Za-z_]\w*)\[[@*]\]\}\1(\s.*)?$""")
_PYTHON = re.compile(r"(?:^|\s)(?:python[0-9.]*|torchrun|accelerate\s+launch|deepspeed)\s")
_MAX_BODY = 400  # lines: an unclosed function (a typo) must not swallow the file


def inline_functions(lines: list[str]) -> list[str]:
    """The lines with every call of a function defined in the file replaced by the function's commands (numbering
    kept: the body is written on the call's line, its definition blanked). A function no line calls is left as
    written, so that a file sourced by others keeps its commands."""
    bodies = _bodies(lines)
    if not bodies:
        return lines
    out = list(lines)
    called = set()
    inside = {number for start, end, _ in bodies.values() for number in range(start, end + 1)}
    number = 0
    while number < len(lines):
        last = number
        while last + 1 < len(lines) and lines[last].rstrip().endswith("\\"):
            last += 1  # a call whose arguments go on over backslash-continued lines
        if number not in inside:
            joined = " ".join(line.rstrip().removesuffix("\\") for line in lines[number:last + 1])
            rewritten = _calls_written_out(joined, bodies)
            if rewritten is not None:
                out[number:last + 1] = [rewritten[0]] + [""] * (last - number)
                called |= rewritten[1]
        number = last + 1
    for name in called:
        start, end, _ = bodies[name]
        out[start:end + 1] = [""] * (end - start + 1)
    return out


def _bodies(lines: list[str]) -> dict[str, tuple[int, int, list[str]]]:
    """Function name → (definition line, closing line, body lines), 0-based, for functions written `name() {` or
    `function name {` with the body on the lines below."""
    found: dict[str, tuple[int, int, list[str]]] = {}
    number = 0
    while number < len(lines):
        match = _DEFINITION.match(lines[number])
        if match is None:
            number += 1
            continue
        depth, end, quoted = 1 if match[3] else 0, None, False
        for later in range(number + 1, min(len(lines), number + _MAX_BODY)):
            was_quoted = quoted
            quoted ^= lines[later].count("'") % 2 == 1  # a quoted program (`python -c '…'`) over several lines
            if was_quoted or quoted:
                continue
            text = lines[later].split("#", 1)[0].strip()
            if depth == 0 and text == "{":
                depth = 1
                continue
            depth += sum(1 for part in re.split(r";\s*", text) if _OPENS.match(part.strip()))
            depth -= sum(1 for part in re.split(r";\s*", text) if BLOCK_CLOSES.match(part.strip()))
            if depth <= 0:
                end = later
                break
        if end is None:  # not closed where it can be told: read the lines as they are
            number += 1
            continue
        start = number + (1 if match[3] else 2)
        found[match[1] or match[2]] = (number, end, lines[start:end])
        number = end + 1
    return found


def _calls_written_out(line: str, bodies: dict[str, tuple[int, int, list[str]]]) -> tuple[str, set[str]] | None:
    """The line with each command segment that calls a defined function replaced by its body; None when it calls
    none. A segment is the line's text between `;`, `&&` and `||` (`$RUN_A && launch_model a`)."""
    parts = re.split(r"(\s*(?:&&|\|\||;)\s*)", line)
    called = set()
    for index in range(0, len(parts), 2):
        words = _words(parts[index])
        if words and words[0] in bodies:
            called.add(words[0])
            parts[index] = _body_text(bodies[words[0]][2], words[1:])
    return ("".join(parts), called) if called else None


def _words(text: str) -> list[str]:
    try:
        return shlex.split(text, comments=True)
    except ValueError:
        return text.split()


def _body_text(body: list[str], arguments: list[str]) -> str:
    """The body's commands on one line (` ; ` between them), `$1`… and `"$@"` filled with the call's words,
    `shift` applied, and commands kept in arrays written out where they run."""
    logical: list[str] = []
    for line in body:
        text = line.split(" #", 1)[0].strip() if not line.strip().startswith("#") else ""
        if logical and logical[-1].endswith("\\"):
            logical[-1] = logical[-1][:-1] + " " + text
        elif logical and logical[-1].count("(") > logical[-1].count(")"):
            logical[-1] += " " + text
        elif text:
            logical.append(text)
    commands, arrays = [], {}
    args = list(arguments)
    for text in logical:
        if text == "shift" or text.startswith("shift "):
            count = text.split()[1] if len(text.split()) > 1 and text.split()[1].isdigit() else "1"
            args = args[int(count):]
            continue
        text = _POSITIONAL.sub(lambda m: _argument(m, args), text)
        array = _ARRAY.match(text)
        if array is not None and (array[1] in arrays or _PYTHON.search(" " + array[3] + " ")):
            arrays[array[1]] = (arrays.get(array[1], "") + " " if array[2] else "") + array[3].strip()
            continue
        for part in re.split(r"\s*;\s*", text):
            run = _ARRAY_RUN.match(part.strip())
            commands.append(arrays[run[2]] + (run[3] or "") if run is not None and run[2] in arrays else part)
    return " ; ".join(command for command in commands if command)


def _argument(match: re.Match, args: list[str]) -> str:
    if match[1]:
        index = int(match[1]) - 1
        return _quoted(args[index]) if index < len(args) else ""
    return " ".join(map(_quoted, args))


def _quoted(word: str) -> str:
    """A call's word as the body reads it: variables in it still expand (`"$w"` stays `$w`, not `'$w'`)."""
    return f'"{word}"' if not word or re.search(r"[\s;&|<>]", word) else word
