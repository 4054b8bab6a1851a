"""Seed facts from non-Python files: shell launchers, job files, Makefiles, configs, READMEs, pins."""
from __future__ import annotations

import re
import shlex

from .facts import Invocation, LaunchFacts

_PY_RUN = re.compile(r"(?:^|[\s;&|(])(?:python[0-9.]*|torchrun|accelerate\s+launch|deepspeed|srun\s+python[0-9.]*)\s", re.IGNORECASE)
_TORCH_PIN = re.compile(r"^\s*-?\s*(?:torch|pytorch)\s*([=<>~!]=?\s*[0-9][0-9.*]*(?:\s*,\s*[<>=!~]=?\s*[0-9][0-9.*]*)*)", re.IGNORECASE)


def _logical_lines(lines: list[str]) -> list[tuple[int, int, str]]:
    """Backslash-continued shell lines joined: (first line, last line, text)."""
    out, start, buf = [], None, []
    for number, line in enumerate(lines, start=1):
        if start is None:
            start = number
        stripped = line.rstrip()
        if stripped.endswith("\\"):
            buf.append(stripped[:-1])
            continue
        buf.append(stripped)
        out.append((start, number, " ".join(buf)))
        start, buf = None, []
    if buf:
        out.append((start, len(lines), " ".join(buf)))
    return out


def _options(words: list[str]) -> dict[str, str]:
    options: dict[str, str] = {}
    i = 0
    while i < len(words):
        word = words[i]
        if word.startswith("-") and len(word) > 1 and not word[1:2].isdigit():
            name, eq, value = word.lstrip("-").partition("=")
            if eq:
                options[name] = value
            elif i + 1 < len(words) and not (words[i + 1].startswith("-") and not words[i + 1][1:2].isdigit()):
                options[name] = words[i + 1]
                i += 1
            else:
                options[name] = ""
        elif "=" in word and not word.startswith(("'", '"')):  # hydra overrides: seed=1
            name, _, value = word.partition("=")
            options[name] = value
        i += 1
    return options


def _invocation(start: int, end: int, text: str) -> Invocation | None:
    match = _PY_RUN.search(text)
    if not match:
        return None
    command = text[match.start():]
    for sep in (";", "&&", "||", "|"):
        command = command.split(sep)[0]
    try:
        words = shlex.split(command, comments=True)
    except ValueError:
        words = command.split()
    program = ""
    for i, word in enumerate(words[1:], start=1):
        if word == "-m" and i + 1 < len(words):
            program = "-m " + words[i + 1]
            words = words[i + 2:]
            break
        if word.endswith(".py"):
            program = word
            words = words[i + 1:]
            break
    if not program:
        return None
    return Invocation(start, end, program, _options(words), text.strip())


def parse_launch(path: str, kind: str, digest: str, text: str) -> LaunchFacts:
    lines = text.splitlines()
    facts = LaunchFacts(path=path, kind=kind, digest=digest, lines=lines)
    if kind == "pin":
        for number, line in enumerate(lines, start=1):
            match = _TORCH_PIN.match(line.replace('"', " ").replace("'", " "))
            if match:
                facts.torch_pins.append((number, match[1].replace(" ", "")))
        return facts
    logical = _logical_lines(lines)
    facts.statements = [(start, end) for start, end, _ in logical]
    if kind in ("sh", "job", "make", "readme"):
        for start, end, joined in logical:
            invocation = _invocation(start, end, joined)
            if invocation is not None:
                facts.invocations.append(invocation)
    return facts
