"""`seedaudit report RESULTS.json --html OUT.html`: re-render a saved audit without re-running anything."""
from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("report")
@click.argument("results", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--html", "html_file", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Where to write the HTML report.")
def command(results: Path, html_file: Path) -> int:
    """Render the HTML report of a saved `seedaudit audit -f json` result."""
    from ..report.html import render_html
    from ..result import Result

    try:
        data = json.loads(results.read_text(encoding="utf-8"))
        result = Result.from_dict(data)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise click.ClickException(f"cannot read {results}: not a seedaudit JSON result ({exc})") from None
    try:
        html_file.write_text(render_html(result), encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {html_file}: {exc.strerror or exc}") from None
    click.echo(f"seedaudit: report written to {html_file}", err=True)
    return 0
