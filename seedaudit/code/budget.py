"""The per-file time budget (`file-time-budget`): no single input can hold `seedaudit check` for long.

The analysis of one file checks a deadline where it can stop cleanly: after each parse, at each
statement of the facts walk, between rule functions. A file that runs past it is reported as one
SA001 line saying what was skipped, and the other files are checked as usual. Checks are
cooperative (no thread is killed): a step in progress finishes first, and every step is linear in
the file's size, which the size cap bounds.
"""
from __future__ import annotations

import math
import time

from ..errors import CodeInputError


class OverBudget(CodeInputError):
    """Reading one file's facts took longer than file-time-budget: the file is skipped (one SA001 line)."""


class Deadline:
    """`seconds` of this process's CPU time from now (never, for None). CPU time, not the clock: a file
    is not cut short because other processes load the machine, and a runaway step still uses CPU."""

    def __init__(self, seconds: float | None = None) -> None:
        self.seconds = seconds
        self.at = math.inf if seconds is None else time.process_time() + seconds

    def passed(self) -> bool:
        return time.process_time() > self.at

    def check(self) -> None:
        """Raise OverBudget once the deadline has passed."""
        if self.passed():
            raise OverBudget(f"not checked: reading this file took more than file-time-budget ({self.seconds:g} s of CPU "
                             "time); raise the budget in [tool.seedaudit] to check it")

    def rules_skipped(self, rule_ids: list[str]) -> str:
        """The SA001 message for the rules that were not run on a file once its deadline had passed."""
        return (f"partly checked: rules {', '.join(rule_ids)} were not run on this file, whose rules took more than "
                f"file-time-budget ({self.seconds:g} s of CPU time)")
