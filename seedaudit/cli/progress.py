"""Progress on stderr while a command works: CLI interaction only, nothing here is part of a report."""
from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # the scan command shows progress without loading the re-runner
    from ..rerun.execute import RunTask


def bar(done: int, total: int, width: int) -> str:
    """`[#####.....]`: the share done, on one terminal line."""
    return f"[{'#' * int(width * done / max(1, total)):.<{width}}]"


def eta(started: float, done: int, total: int, now: float) -> float:
    """Seconds left at the pace so far (0 before anything is done)."""
    return (now - started) / done * (total - done) if done else 0.0


class ScanProgress:
    """Documents done, per second, errors and ETA: a one-line bar on a terminal, a plain line every few
    seconds (and one per error) otherwise."""

    EVERY_S = 5.0

    def __init__(self, stream: TextIO | None = None, enabled: bool = True):
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.total = self.done = self.errors = 0
        self.started = self.last = time.monotonic()

    def __call__(self, event: str, info: dict[str, Any]) -> None:
        if not self.enabled:
            return
        if event == "start":
            self.total = info["total"]
            self.started = self.last = time.monotonic()
            self._write(f"scan: {info['documents']} documents, {info['skipped']} already done, {self.total} to scan\n")
            return
        self.done += 1
        if info.get("status") == "error":
            self.errors += 1
            self._write(f"{chr(13) + chr(27) + '[K' if self.tty else ''}scan: error: {info['path']}: "
                        f"{(info.get('reasons') or ['?'])[0]}\n")
        now = time.monotonic()
        if self.tty:
            self._write("\r" + self._status(now))
            if self.done == self.total:
                self._write("\n")
        elif now - self.last >= self.EVERY_S or self.done == self.total:
            self.last = now
            self._write(f"scan: {self._status(now)}\n")

    def _status(self, now: float) -> str:
        rate = self.done / max(now - self.started, 1e-9)
        return (f"{bar(self.done, self.total, 24)} {self.done}/{self.total} docs  {rate:.1f} docs/s  "
                f"errors {self.errors}  eta {eta(self.started, self.done, self.total, now):.0f} s")

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()


class RerunProgress:
    """Runs done and failed with an ETA: a one-line bar on a terminal, one plain line per run otherwise."""

    def __init__(self, total: int, *, stream: TextIO | None = None, enabled: bool = True):
        self.total = total
        self.done = 0
        self.failed = 0
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.started = time.monotonic()

    def __call__(self, kind: str, task: "RunTask", outcome: dict[str, Any] | None) -> None:
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
        left = eta(self.started, self.done, self.total, time.monotonic())
        self.stream.write(f"\r{bar(self.done, self.total, 30)} {self.done}/{self.total} failed {self.failed} eta {left:4.0f} s")
        if self.done == self.total:
            self.stream.write("\n")
        self.stream.flush()

    def _line(self, text: str) -> None:
        prefix = "\r\033[K" if self.tty else ""
        self.stream.write(f"{prefix}rerun: {text}\n")
        self.stream.flush()
