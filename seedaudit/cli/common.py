"""Options and output handling shared by every command (check, paper, audit, rerun, scan)."""
from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Callable

import click

from ..findings import Confidence, Finding, Severity
from ..report import FORMATS, render
from ..result import Result
from ..rules import RuleError, Selection, all_rules

SEVERITIES = click.Choice(["info", "warning", "error"], case_sensitive=False)
CONFIDENCES = click.Choice(["low", "medium", "high"], case_sensitive=False)


def split_tokens(values: tuple[str, ...]) -> tuple[str, ...]:
    """`--select SA101,SA2 --select name` → ('SA101', 'SA2', 'name')."""
    return tuple(t.strip() for v in values for t in v.split(",") if t.strip())


def output_options(func: Callable) -> Callable:
    """Selection, filtering, format and exit-code options, in one place for every command."""
    options = [
        click.option("--output-format", "-f", "output_format", type=click.Choice(FORMATS), default="text", show_default=True, help="How to print findings."),
        click.option("--output-file", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the output to this file instead of stdout."),
        click.option("--select", multiple=True, help="Only these rules (ids, id prefixes or names; comma-separated)."),
        click.option("--extend-select", multiple=True, help="Add these rules to the enabled set (e.g. the SA19x hygiene rules)."),
        click.option("--ignore", multiple=True, help="Turn these rules off (ids, prefixes or names)."),
        click.option("--min-severity", type=SEVERITIES, help="Hide findings below this severity."),
        click.option("--min-confidence", type=CONFIDENCES, help="Hide findings below this confidence."),
        click.option("--fail-on", type=SEVERITIES, help="Exit 1 when a finding at or above this severity remains [default: warning]."),
        click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain."),
        click.option("--code-frame/--no-code-frame", default=None, help="Show the evidence under each finding (text format)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def selection_from(config, select, extend_select, ignore) -> Selection:
    all_rules()  # read first: a malformed rule file is a configuration error (one line), a bad token a usage error
    select = split_tokens(select) or config.select
    try:
        return Selection.build(select=select, extend_select=config.extend_select + split_tokens(extend_select), ignore=config.ignore + split_tokens(ignore))
    except RuleError as exc:
        raise click.UsageError(str(exc)) from None


def filter_findings(findings: list[Finding], selection: Selection, min_severity: Severity, min_confidence: Confidence) -> list[Finding]:
    return [
        f for f in findings
        if f.rule_id in selection and f.severity >= min_severity and f.confidence >= min_confidence
    ]


def emit(result: Result, *, output_format: str, output_file: Path | None, fail_on: Severity, exit_zero: bool, code_frame: bool | None) -> int:
    """Render, write, and return the exit code (0 clean, 1 findings at or above `fail_on`)."""
    frame = code_frame if code_frame is not None else (output_format == "text" and output_file is None)
    text = render(result, output_format, code_frame=frame, color=output_file is None and output_format == "text" and sys.stdout.isatty())
    if output_file is not None:
        try:
            output_file.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"cannot write {output_file}: {exc.strerror or exc}") from None
    else:
        click.echo(text, nl=False)
    if exit_zero:
        return 0
    return 1 if any(f.severity >= fail_on for f in result.findings) else 0


def threshold(value: str | None, default):
    return type(default).parse(value) if value else default


def handle_errors(func: Callable) -> Callable:
    """Every error a user can fix (seedaudit.errors) becomes one line and exit code 2, never a traceback."""
    from ..errors import SeedauditError

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except SeedauditError as exc:
            click.echo(f"seedaudit: error: {exc}", err=True)
            sys.exit(2)
    return wrapper
