"""Which seeding calls an injected run keeps: the rules the seed shim reads from $SEEDAUDIT_KEEP.

Injection replaces a program's hard-coded seeds. What the paper's claim is about is usually the
training seed (initialisation, dropout, batch order), with the data and its split held, so by
default (`vary = "training"`) the seeding calls that build data keep their seed (datasites.py
finds them, and `datasites.keeping_for` joins them to the --keep rules) and every other one
varies; `vary = "all"` replaces every seed. `--keep SPEC` keeps more calls. A SPEC is
- `FILE:LINE` or `FILE:FIRST-LAST`: a seeding call made at those lines, or by code they call;
- `FILE` (a .py file): every seeding call made in that file;
- a call name as the report shows it (`numpy.random.default_rng`, or its last part `default_rng`).
Files are relative to the working folder. A rule matches when any frame of the program's own code
on the call's stack is at the site, so keeping the line that calls a data helper keeps the seeding
calls inside it.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError

ENV = "SEEDAUDIT_KEEP"
_SITE = re.compile(r"^(?P<path>.+?):(?P<first>\d+)(?:-(?P<last>\d+))?$")
_CALL = re.compile(r"^[A-Za-z_][\w.]*$")
_FILE_SUFFIXES = (".py", ".ipynb")


@dataclass(frozen=True)
class KeepRule:
    """Seeding calls to keep: at a site (path, lines) and/or by call name, with the reason to report."""
    why: str
    path: str | None = None
    lines: tuple[int, int] | None = None
    call: str | None = None

    def to_json(self) -> list:
        return [self.path, *(self.lines or (None, None)), self.call, self.why]


def parse_keep(spec: str) -> KeepRule:
    """A `--keep` SPEC as a rule (one clear line when it is none of the three forms)."""
    text = spec.strip()
    why = f"--keep {text}"
    site = _SITE.match(text)
    if site:
        first, last = int(site["first"]), int(site["last"] or site["first"])
        if first < 1 or last < first:
            raise ConfigError(f"--keep {text}: lines run from 1, first to last")
        return KeepRule(why, path=_clean(site["path"]), lines=(first, last))
    if text.endswith(_FILE_SUFFIXES) or "/" in text:
        return KeepRule(why, path=_clean(text))
    if _CALL.match(text):
        return KeepRule(why, call=text)
    raise ConfigError(f"--keep wants FILE:LINE, FILE:FIRST-LAST, FILE.py or a call name like "
                     f"numpy.random.default_rng, got {spec!r}")


def _clean(path: str) -> str:
    return str(Path(path)).removeprefix("./") if not path.startswith("/") else path


@dataclass
class Keeping:
    """What the injected runs of one configuration keep, and what the reader should know about it."""
    rules: list[KeepRule] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_env(self) -> str:
        return json.dumps([rule.to_json() for rule in self.rules])

    def to_dict(self) -> dict:
        return {"rules": [{"why": r.why, "path": r.path, "lines": list(r.lines) if r.lines else None, "call": r.call}
                          for r in self.rules], "notes": list(self.notes)}
