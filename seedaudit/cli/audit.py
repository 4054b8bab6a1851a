"""`seedaudit audit`: a submission (paper + code) in, one report out."""
from __future__ import annotations

from pathlib import Path

import click

from .common import emit, filter_findings, handle_errors, output_options, selection_from, threshold


def _claims(specs: tuple[str, ...]) -> dict[str, float]:
    out = {}
    for spec in specs:
        name, sep, value = spec.partition("=")
        try:
            out[name.strip()] = float(value)
        except ValueError:
            raise click.UsageError(f"--claim takes NAME=VALUE with a number, got {spec!r}") from None
        if not sep or not name.strip():
            raise click.UsageError(f"--claim takes NAME=VALUE, got {spec!r}")
    return out


@click.command("audit")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--paper", type=click.Path(exists=True, path_type=Path), help="The paper (PDF, .tex, source folder or archive).")
@click.option("--code", type=click.Path(exists=True, file_okay=False, path_type=Path), help="The code folder.")
@click.option("--html", "html_file", type=click.Path(dir_okay=False, path_type=Path), help="Write the HTML report here.")
@click.option("--json", "json_file", type=click.Path(dir_okay=False, path_type=Path), help="Also write the full JSON result here (for `seedaudit report`).")
@output_options
@click.option("--pdf-backend", type=click.Choice(["auto", "pdfium", "pdfminer"]), default="auto", show_default=True)
@click.option("--rerun", is_flag=True, help="Also re-run the flagged experiment over several seeds (runs the submission's code!).")
@click.option("--seeds", type=click.IntRange(2, 10_000), default=10, show_default=True, help="Seeds per configuration for --rerun.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), help="Parallel runs for --rerun [default: cores].")
@click.option("--rerun-command", multiple=True, metavar="NAME=COMMAND", help="Run these commands instead of the planned ones.")
@click.option("--claim", multiple=True, metavar="NAME=VALUE", help="A number the paper reports for a configuration.")
@click.option("--store", type=click.Path(path_type=Path),
              help="SQLite store for the rerun (resumable) [default: beside the --json/--html output, "
                   "e.g. audit.rerun.sqlite, else .seedaudit_rerun/].")
@click.option("--timeout", type=float, default=300.0, show_default=True, help="Seconds per run.")
@handle_errors
def command(path, paper, code, html_file, json_file, output_format, output_file, select, extend_select, ignore, min_severity,
            min_confidence, fail_on, exit_zero, code_frame, pdf_backend, rerun, seeds, jobs, rerun_command, claim,
            store, timeout) -> int:
    """Audit one submission: the paper, the code, the paper-vs-code cross-check, optionally a rerun.

    PATH is a submission folder (top-level PDF, LaTeX or paper.txt/.md paper + code), a source archive, or a paper;
    or give --paper and --code. With --rerun seedaudit runs the submission's own code: only do that
    for code you are willing to run.
    """
    from ..audit import audit_submission, locate, read_nothing, submission_config, submission_workdir

    if path is None and paper is None and code is None:
        raise click.UsageError("give a submission PATH, or --paper and/or --code")
    if path is not None and not path.exists():
        raise click.UsageError(f"no such file or directory: {path}")
    folder = code or (path if path is not None and path.is_dir() else None)
    config = submission_config(folder) if folder is not None else submission_config(Path("."))
    selection = selection_from(config, select, extend_select, ignore)
    claims = _claims(claim)
    with submission_workdir() as tmp:
        sub = locate(path, paper, code, tmp)
        if sub.paper_note:
            click.echo(f"seedaudit: {sub.paper_note}", err=True)
        if rerun:
            click.echo("seedaudit: --rerun runs the submission's own code (in a temporary copy, with a time budget per run)", err=True)
        options = {"seeds": seeds, "jobs": jobs, "commands": rerun_command, "claims": claims,
                   "store": store or _store_beside(json_file or html_file or output_file), "replace": store is None,
                   "timeout": timeout}
        result = audit_submission(sub, selection=selection, config=config if folder is not None else None,
                                  pdf_backend=pdf_backend, rerun=rerun, rerun_options=options,
                                  on_event=_progress if rerun else None)
    result.findings = filter_findings(result.findings, selection, threshold(min_severity, config.min_severity),
                                      threshold(min_confidence, config.min_confidence))
    if json_file is not None:
        from ..report import render

        _write(json_file, render(result, "json"))
    if html_file is not None:
        from ..report.html import render_html

        _write(html_file, render_html(result))
        click.echo(f"seedaudit: report written to {html_file}", err=True)
    rc = emit(result, output_format=output_format, output_file=output_file, fail_on=threshold(fail_on, config.fail_on),
              exit_zero=exit_zero, code_frame=code_frame)
    for failure in result.data.get("failures", []):  # what could not be audited: not only in the HTML and JSON
        click.echo(f"seedaudit: {failure['what']}: {failure['reason']}", err=True)
    return 2 if read_nothing(result) and not exit_zero else rc


def _store_beside(output: Path | None) -> Path | None:
    """The rerun's store when --store is not given: beside the report (`audit.json` -> `audit.rerun.sqlite`),
    so the JSON names a store that is still there; None leaves it to .seedaudit_rerun/."""
    return output.with_name(output.stem + ".rerun.sqlite") if output is not None else None


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {path}: {exc.strerror or exc}") from None


def _progress(kind: str, task, outcome) -> None:
    if kind == "done" and outcome is not None:
        status = outcome.get("status", "?") if isinstance(outcome, dict) else getattr(outcome, "status", "?")
        click.echo(f"  run {getattr(task, 'config', '?')} seed {getattr(task, 'seed_key', '?')}: {status}", err=True)
