"""Progress on stderr: a one-line bar on a terminal, plain lines otherwise (logs, CI)."""
from __future__ import annotations

import sys
import time
from typing import Any, TextIO

from .execute import RunTask


class Progress:
    def __init__(self, total: int, *, stream: TextIO | None = None, enabled: bool = True):
        self.total = total
        self.done = 0
        self.failed = 0
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.started = time.monotonic()

    def __call__(self, kind: str, task: RunTask, outcome: dict[str, Any] | None) -> None:
        if not self.enabled or kind == "start":
            return
        if kind == "retry":
            self._line(f"retry {task.label()}: {outcome.get('error')}")
            return
        self.done += 1
        status = outcome.get("status")
        if status != "ok":
            self.failed += 1
        if self.tty:
            self._bar()
            if status != "ok":
                self._line(f"{task.label()}: {status}: {outcome.get('error')}")
            return
        metrics = " ".join(f"{k}={v:.4g}" for k, v in list((outcome.get("metrics") or {}).items())[:3])
        detail = metrics if status == "ok" else f"{status}: {outcome.get('error')}"
        self.stream.write(f"rerun [{self.done}/{self.total}] {task.label()} {detail} "
                          f"({outcome.get('duration') or 0:.1f} s)\n")
        self.stream.flush()

    def _bar(self) -> None:
        width = 30
        filled = int(width * self.done / max(1, self.total))
        elapsed = time.monotonic() - self.started
        eta = elapsed / self.done * (self.total - self.done) if self.done else 0.0
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                          f"failed {self.failed} eta {eta:4.0f} s")
        if self.done == self.total:
            self.stream.write("\n")
        self.stream.flush()

    def _line(self, text: str) -> None:
        prefix = "\r\033[K" if self.tty else ""
        self.stream.write(f"{prefix}rerun: {text}\n")
        self.stream.flush()
