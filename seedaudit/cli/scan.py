"""`seedaudit scan PATH... --out DIR`: audit a corpus of papers and submissions; write the table and the page."""
from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path
from typing import Any, TextIO

import click

from .common import handle_errors


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


def _terminate(signum, frame):
    raise KeyboardInterrupt


@click.command("scan")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for results.jsonl, summary.json, summary.csv and report.html.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=True,
              help="Worker processes for the local pool (0 = one per CPU).")
@click.option("--backend", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Where documents are audited: a local process pool or a Ray cluster.")
@click.option("--ray-address", help="Ray cluster to join (default: start a local instance with --jobs CPUs).")
@click.option("--rescan", is_flag=True, help="Scan everything again, starting results.jsonl over.")
@click.option("--retry-errors", is_flag=True, help="Scan again the documents whose earlier record is an error.")
@click.option("--layout", type=click.Choice(["auto", "papers"]), default="auto", show_default=True,
              help="auto: a folder with one paper next to code is a submission (full audit); papers: papers only.")
@click.option("--pdf-backend", type=click.Choice(["auto", "pdfium", "pdfminer"]), default="auto", show_default=True)
@click.option("--max-pages", type=click.IntRange(min=1), default=300, show_default=True, help="Pages read per PDF.")
@click.option("--time-limit", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds per paper (a worker past 1.5x this plus 10 s, 5x for a submission, is killed and replaced).")
@click.option("--memory-limit", type=click.IntRange(min=0), default=4096, show_default=True,
              help="MiB of address space per local worker (0 = no limit).")
@click.option("--progress/--no-progress", default=True, show_default=True, help="Progress on stderr.")
@click.option("--html/--no-html", default=True, show_default=True, help="Write report.html.")
@handle_errors
def command(paths, out, jobs, backend, ray_address, rescan, retry_errors, layout, pdf_backend, max_pages, time_limit,
            memory_limit, progress, html) -> int:
    """Audit every paper (PDF, LaTeX folder, source archive, .txt/.md) and submission (paper + code) that
    PATHS name, and tabulate which share uses seeds riskily, per venue and year.

    PATHS are folder trees (searched recursively; venue and year come from folder names such as
    acl-2025/ or acl/2025/), single documents, or manifests (.csv with a header, or .jsonl) with one
    document per row: path (relative to the manifest) and optional id, venue, year, title, kind.
    Results are appended to DIR/results.jsonl as each document finishes; rerunning the same command
    skips what is done (keyed by content hash and tool version), so a killed scan resumes.
    Exit code: 0 after a scan, 2 when no document could be read at all, 130 when interrupted.
    """
    from ..rerun.store import StoreError
    from ..scan.run import run_scan
    from ..scan.pool import PoolError
    from ..report.scan_html import write_outputs
    from ..scan.store import claim

    if out.exists() and not out.is_dir():
        raise click.UsageError(f"--out {out} is a file, not a folder")
    workers = jobs or os.cpu_count() or 1
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        with claim(out):
            outcome = run_scan(list(paths), out, jobs=workers, backend=backend, ray_address=ray_address,
                               layout=layout, rescan=rescan, retry_errors=retry_errors, pdf_backend=pdf_backend,
                               max_pages=max_pages, time_limit=time_limit, memory_mb=memory_limit or None,
                               on_progress=ScanProgress(enabled=progress))
            summary = write_outputs(outcome.records, out, html=html,
                                    command=" ".join(["seedaudit", "scan", *sys.argv[2:]]))
    except (PoolError, StoreError) as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    from ..scan.summary import summary_text

    click.echo(summary_text(summary), nl=False)
    click.echo(f"scan: {outcome.scanned} scanned, {outcome.skipped} already done, {outcome.errors} errors, "
               f"{outcome.seconds:.1f} s; outputs in {out}", err=True)
    if outcome.interrupted:
        click.echo("seedaudit: interrupted; rerun the same command to resume", err=True)
        return 130
    readable = [r for r in outcome.records if r.get("kind") != "input" and r.get("verdict") != "unreadable"]
    return 0 if readable else 2
