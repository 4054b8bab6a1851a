"""`seedaudit report RESULTS.json --html OUT.html`: re-render a saved audit without re-running anything."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

# What the page reads besides the findings, and the JSON type each must have.
_SECTIONS = {"verdict": dict, "submission": dict, "provenance": dict, "rerun": dict, "code": dict,
             "papers": list, "crosscheck": list, "failures": list, "inputs": list}


def _shape_problem(data: Any) -> str | None:
    """Why parsed JSON is no saved audit, in words (None: it is one). Any other JSON (a scan's
    summary.json, `paper -f json`, a list) would render as an empty page or crash it."""
    if not isinstance(data, dict) or data.get("tool") != "seedaudit":
        return "no 'tool': 'seedaudit' object"
    if data.get("command") != "audit":
        return f"written by `seedaudit {data.get('command')}`, not `seedaudit audit`"
    for name in ("findings", "notes"):
        if not isinstance(data.get(name), list) or not all(isinstance(f, dict) for f in data[name]):
            return f"{name!r} is not a list of objects"
    for name, kind in _SECTIONS.items():
        if not isinstance(data.get(name, kind()), kind):
            return f"{name!r} is not {'an object' if kind is dict else 'a list'}"
    for name in ("papers", "crosscheck", "failures"):
        if not all(isinstance(item, dict) for item in data.get(name, [])):
            return f"{name!r} is not a list of objects"
    return None


def load_audit(path: Path):
    """The Result saved in `path`, or a one-line error that names the file and says what is wrong."""
    from ..result import Result

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        data = None
    why = "not JSON" if data is None else _shape_problem(data)
    if why is None:
        try:
            return Result.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            why = f"a finding is damaged ({type(exc).__name__}: {exc})"
    raise _not_an_audit(path, why)


def _not_an_audit(path: Path, why: str) -> click.ClickException:
    return click.ClickException(f"{path}: not a seedaudit audit result ({why})")


@click.command("report")
@click.argument("results", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--html", "html_file", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Where to write the HTML report.")
def command(results: Path, html_file: Path) -> int:
    """Render the HTML report of a saved `seedaudit audit -f json` result."""
    from ..report.html import render_html

    result = load_audit(results)
    try:
        page = render_html(result)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        # damage deeper than load_audit looks (paper claims, rerun statistics): still the file's fault
        raise _not_an_audit(results, f"damaged inside ({type(exc).__name__}: {exc})") from None
    try:
        html_file.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {html_file}: {exc.strerror or exc}") from None
    click.echo(f"seedaudit: report written to {html_file}", err=True)
    return 0
