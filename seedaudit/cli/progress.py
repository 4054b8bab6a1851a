"""Progress on stderr while a command works: CLI interaction only, nothing here is part of a report."""
from __future__ import annotations

import sys
import time
from typing import Any, TextIO


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
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        eta = (self.total - self.done) / rate if rate else 0.0
        width = 24
        bar = "#" * int(width * self.done / max(1, self.total))
        return (f"[{bar:.<{width}}] {self.done}/{self.total} docs  {rate:.1f} docs/s  errors {self.errors}  "
                f"eta {eta:.0f} s")

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()
