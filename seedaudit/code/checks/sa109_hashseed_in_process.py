"""SA109: PYTHONHASHSEED assigned from inside the running interpreter."""
from __future__ import annotations

from typing import Iterator

from . import Hit, check

_ENV_WRITERS = ("os.environ.setdefault", "os.environ.update", "os.putenv")


def _mentions_hashseed(*texts: str) -> bool:
    return any("PYTHONHASHSEED" in t for t in texts)


@check("SA109")
def hashseed_in_process(facts, project, config) -> Iterator[Hit]:
    message = ("PYTHONHASHSEED is read only when the interpreter starts: setting it here changes nothing in this "
               "process (only in child interpreters started later)")
    for assign in facts.assigns:
        for target in assign.targets:
            if target.kind == "subscript" and target.qualname == "os.environ" and target.value == "PYTHONHASHSEED":
                yield Hit(assign.line, message, col=assign.col)
    for call in facts.calls:
        if call.qualname in _ENV_WRITERS and call.args and _mentions_hashseed(call.args[0].text):
            yield Hit(call.line, message, col=call.col, end_line=call.end_line)
