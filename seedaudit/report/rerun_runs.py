"""What a re-run ran, for a reader: each command, its seeds, and what became of each seeding call of the
program (varied, kept and why, or left to a {seed} command), with the systems a run compared itself and
the notes. One view for the text table and the HTML page, read from the study the analysis describes."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from ..rerun.results import StudyStatistics

ACTIONS = {"varied": "varied", "kept": "kept", "own": "the program's own"}


@dataclass(frozen=True)
class Site:
    call: str
    site: str
    original: object
    action: str  # varied, kept, own
    why: str = ""


@dataclass(frozen=True)
class Command:
    name: str
    command: str
    how: str  # how the seed reaches the program
    seeds: str
    sites: list[Site] = field(default_factory=list)
    systems: list[str] = field(default_factory=list)  # configurations of the analysis that are its systems


_ABSOLUTE = re.compile(r"(?<![\w.])/[^\s:'\"]+")
_INTERPRETER = re.compile(r"python[\d.]*$")


def shown(text: str) -> str:
    """Paths as a reader of the report can use them: an interpreter by its name (`python`), a file under the
    current folder relative to it; the runs themselves used absolute paths (a temporary copy, the venv)."""
    def one(match: re.Match) -> str:
        path = match[0]
        if _INTERPRETER.search(os.path.basename(path)):
            return os.path.basename(path)
        relative = os.path.relpath(path)
        return path if relative.startswith("..") else relative
    return _ABSOLUTE.sub(one, text)


def seeds_text(keys: list[str]) -> str:
    """`own, 1, 2, ..., 9`: "own" is position 0 of an injected study (the program's own seed)."""
    names = [("own seed" if key == "own" else key) for key in keys]  # not `shown`: that is the path helper above
    return ", ".join(names if len(names) <= 12 else names[:5] + ["…"] + names[-3:]) + f" ({len(keys)} seeds)"


def commands(statistics: StudyStatistics) -> list[Command]:
    study = statistics.study or {}
    seeds = study.get("seeds", {})
    sites = study.get("seed_sites", {})
    systems = statistics.systems or {}
    out = []
    for config in study.get("configs", []):
        name = config["name"]
        command = config["command"][0] if config.get("shell") else " ".join(config["command"])
        if config.get("injected"):
            how = f"seeds injected (--vary {config.get('vary') or 'training'})"
        else:
            how = "{seed} in the command"
        out.append(Command(
            name=name, command=shown(command), how=how, seeds=seeds_text(seeds.get(name, [])),
            sites=[Site(s.get("call") or "?", shown(s.get("site") or "?"), s.get("original"), s.get("action", "own"),
                        s.get("why", "")) for s in sites.get(name, [])],
            systems=[n for n, source in systems.items() if source.config == name]))
    return out


def notes(statistics: StudyStatistics) -> list[str]:
    return list((statistics.study or {}).get("notes", []))


def render_text(statistics: StudyStatistics) -> list[str]:
    """The lines the text table opens with."""
    lines = []
    for c in commands(statistics):
        lines.append(f"  {c.name}: {c.command}  [{c.how}]")
        lines.append(f"    seeds: {c.seeds}")
        for s in c.sites:
            why = f": {s.why}" if s.why else ""
            lines.append(f"    {ACTIONS.get(s.action, s.action)}: {s.call} at {s.site} (seed {s.original}){why}")
        if c.systems:
            lines.append(f"    systems compared inside each run: {', '.join(c.systems)}")
    lines += [f"  note: {note}" for note in notes(statistics)]
    return (["Re-ran:"] + lines) if lines else []
