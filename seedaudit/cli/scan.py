"""`seedaudit scan PATH... --out DIR`: audit a corpus of papers and submissions; write the table and the page."""
from __future__ import annotations

import json
import signal
import sys
import time
from pathlib import Path
from typing import Any

import click

from .common import handle_errors
from .progress import ScanProgress


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
    from ..report.scan_table import summary_text
    from ..runtime import worker_count
    from ..scan.run import run_scan
    from ..scan.store import claim

    if out.exists() and not out.is_dir():
        raise click.UsageError(f"--out {out} is a file, not a folder")
    workers = worker_count(jobs)
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        with claim(out):
            outcome = run_scan(list(paths), out, jobs=workers, backend=backend, ray_address=ray_address,
                               layout=layout, rescan=rescan, retry_errors=retry_errors, pdf_backend=pdf_backend,
                               max_pages=max_pages, time_limit=time_limit, memory_mb=memory_limit or None,
                               on_progress=ScanProgress(enabled=progress))
            summary = _write_outputs(outcome.records, out, html=html,
                                     command=" ".join(["seedaudit", "scan", *sys.argv[2:]]))
    finally:
        signal.signal(signal.SIGTERM, previous)
    click.echo(summary_text(summary), nl=False)
    click.echo(f"scan: {outcome.scanned} scanned, {outcome.skipped} already done, {outcome.errors} errors, "
               f"{outcome.seconds:.1f} s; outputs in {out}", err=True)
    if outcome.interrupted:
        click.echo("seedaudit: interrupted; rerun the same command to resume", err=True)
        return 130
    readable = [r for r in outcome.records if r.get("kind") != "input" and r.get("verdict") != "unreadable"]
    return 0 if readable else 2


def _write_outputs(records: list[dict[str, Any]], out: Path, *, html: bool, command: str) -> dict[str, Any]:
    """summary.json, summary.csv and (unless html is False) report.html in `out`; returns the summary."""
    from ..version import __version__
    from ..report.scan_html import render_scan_html
    from ..report.scan_table import summary_csv
    from ..scan.summary import summarise

    summary = summarise(records)
    provenance = {"generated": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "tool": f"seedaudit {__version__}",
                  "command": command, "results": str(out / "results.jsonl")}
    summary["provenance"] = provenance
    _write(out / "summary.json", json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    _write(out / "summary.csv", summary_csv(summary))
    if html:
        _write(out / "report.html", render_scan_html(summary, records, provenance))
    return summary


def _write(path: Path, text: str) -> None:
    """One output, or one line naming it (a folder in its place, a read-only folder, a full disk)."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot write ({exc.strerror or exc})") from None
