"""The per-file time budget (`file-time-budget`): no single input can hold `seedaudit check` for long.

One budget per file and run: reading its facts and running its rules share it (the rules get what
reading left). The analysis of one file checks a deadline where it can stop cleanly: after each parse,
at each statement of the facts walk, at each line a launcher, YAML or JSON reader reads (`tick`, for
readers that take no deadline of their own), between rule functions. A file that runs past it is
reported as one SA001 line saying what was skipped, and the other files are checked as usual. Checks
are cooperative (no thread is killed): a step in progress finishes first, and every step is linear in
the file's size, which the size cap bounds.
"""
from __future__ import annotations

import math
import time
from contextlib import contextmanager
from typing import Iterator

from ..errors import CodeInputError


class OverBudget(CodeInputError):
    """Reading one file's facts took longer than file-time-budget: the file is skipped (one SA001 line)."""


class Deadline:
    """`seconds` of this process's CPU time from now (never, for None). CPU time, not the clock: a file
    is not cut short because other processes load the machine, and a runaway step still uses CPU."""

    def __init__(self, seconds: float | None = None, spent: float = 0.0) -> None:
        """`spent`: what the file already used of its budget in this run (reading its facts, for its rules)."""
        self.seconds = seconds
        self.started = time.process_time()
        self.at = math.inf if seconds is None else self.started + seconds - spent

    def passed(self) -> bool:
        return time.process_time() > self.at

    def elapsed(self) -> float:
        """CPU seconds since this deadline was set."""
        return time.process_time() - self.started

    @contextmanager
    def active(self) -> Iterator[Deadline]:
        """Make this the deadline `tick` checks while the block runs."""
        _ACTIVE.append(self)
        try:
            yield self
        finally:
            _ACTIVE.pop()

    def check(self) -> None:
        """Raise OverBudget once the deadline has passed."""
        if self.passed():
            raise OverBudget(f"not checked: reading this file took more than file-time-budget ({self.seconds:g} s of CPU "
                             "time); raise the budget in [tool.seedaudit] to check it")

    def rules_skipped(self, rule_ids: list[str]) -> str:
        """The SA001 message for the rules that were not run on a file once its deadline had passed."""
        return (f"partly checked: rules {', '.join(rule_ids)} were not run on this file, whose reading and rules took "
                f"more than file-time-budget ({self.seconds:g} s of CPU time)")


_ACTIVE: list[Deadline] = []  # the deadlines made active in this process, innermost last


def tick() -> None:
    """Raise OverBudget once the active deadline (`Deadline.active`) has passed; nothing when none is active."""
    if _ACTIVE:
        _ACTIVE[-1].check()
