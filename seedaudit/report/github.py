"""GitHub Actions workflow commands: one annotation per finding."""
from __future__ import annotations

from ..findings import Severity
from ..result import Result

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: Result) -> str:
    lines = []
    for finding in result.findings:
        loc = finding.location
        props = [f"file={_escape_property(loc.path)}"]
        if loc.line is not None:
            props.append(f"line={loc.line}")
            if loc.end_line is not None:
                props.append(f"endLine={loc.end_line}")
            if loc.col is not None:
                props.append(f"col={loc.col + 1}")
        props.append(f"title={_escape_property(f'{finding.rule_id} {finding.rule_name}')}")
        message = finding.message if loc.page is None else f"page {loc.page}: {finding.message}"
        lines.append(f"::{_LEVEL[finding.severity]} {','.join(props)}::{_escape_data(message)}")
    return "".join(line + "\n" for line in lines)
