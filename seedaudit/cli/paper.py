"""`seedaudit paper PATH...`: audit papers (PDF, LaTeX, source archives, text) for risky seed practice."""
from __future__ import annotations

from pathlib import Path

import click

from ..findings import Confidence, Severity
from .common import emit, filter_findings, handle_errors, output_options, selection_from, threshold


@click.command("paper")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--pdf-backend", type=click.Choice(["auto", "pdfium", "pdfminer"]), default="auto", show_default=True,
              help="PDF text extractor; auto uses pdfium and switches to pdfminer when word spaces are lost.")
@click.option("--max-pages", type=click.IntRange(min=1), default=300, show_default=True, help="Pages read per PDF.")
@click.option("--time-limit", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds allowed per document.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes (0 = one per CPU).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="pyproject.toml to read.")
@output_options
@handle_errors
def command(paths, pdf_backend, max_pages, time_limit, jobs, config_path, output_format, output_file, select,
            extend_select, ignore, min_severity, min_confidence, fail_on, exit_zero, code_frame) -> int:
    """Find, classify and quantify seed and run statements in papers.

    PATHS are PDFs, .tex files or LaTeX source folders (\\input followed), source archives (.tar, .tar.gz,
    .zip, or one gzipped .tex), .txt or .md files, or folders holding papers.
    """
    from ..config import load_config
    from ..paper.batch import audit_many, paper_result

    config = load_config(list(paths), config_path)
    selection = selection_from(config, select, extend_select, ignore)
    audits = audit_many(list(paths), pdf_backend=pdf_backend, max_pages=max_pages, time_limit=time_limit, jobs=jobs)
    result = paper_result(audits, [str(p) for p in paths])
    sev = threshold(min_severity, config.min_severity)
    conf = threshold(min_confidence, config.min_confidence)
    result.findings = filter_findings(result.findings, selection, sev, conf)
    result.notes = [n for n in result.notes if n.rule_id in selection]
    rc = emit(result, output_format=output_format, output_file=output_file, fail_on=threshold(fail_on, config.fail_on),
              exit_zero=exit_zero, code_frame=code_frame)
    if audits and all(a.verdict == "unreadable" for a in audits) and not exit_zero:
        return 2  # no input could be read at all
    return rc
