"""Human-readable lines: `path:line:col: ID name message`, with an optional code frame."""
from __future__ import annotations

from ..findings import Finding, Severity
from ..result import Result

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_RESET = "\033[0m"
# related places a code frame lists: a problem spread over a benchmark's thousand configs names the rest by count
_RELATED_SHOWN = 5


def _line(finding: Finding, color: bool) -> str:
    rid = finding.rule_id
    if color:
        rid = f"{_COLORS[finding.severity]}{rid}{_RESET}"
    loc = finding.location.short()
    if finding.location.cell is not None:
        loc += f" [cell {finding.location.cell}, line {finding.location.cell_line}]"
    return f"{loc}: {rid} {finding.rule_name} {finding.message}"


def _frame(finding: Finding) -> list[str]:
    lines = []
    if finding.evidence:
        first = finding.location.line if finding.location.page is None else None
        for offset, text in enumerate(finding.evidence.splitlines()[:6]):
            gutter = f"{first + offset:>5} | " if first else "      | "
            lines.append(gutter + text)
    related = list(zip(finding.related_locations, finding.related_evidence))
    for loc, text in related[:_RELATED_SHOWN]:
        lines.append(f"      = see {loc.short()}: {text.strip()[:160]}")
    if len(related) > _RELATED_SHOWN:
        lines.append(f"      = see {len(related) - _RELATED_SHOWN} more places (all of them in `-f json` and `-f sarif`)")
    if finding.fix_hint:
        lines.append(f"      = help: {finding.fix_hint}")
    return lines


def render_text(result: Result, *, code_frame: bool = False, color: bool = False) -> str:
    out: list[str] = []
    for finding in result.findings:
        out.append(_line(finding, color))
        if code_frame:
            out.extend(_frame(finding))
    for note in result.notes:
        out.append(f"{note.location.short()}: note: {note.rule_name} {note.message}")
    out.append(_summary(result))
    return "\n".join(out) + "\n"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def _summary(result: Result) -> str:
    """The last line; it names how many files were checked where the engine counts them (`check`), so a run
    that read nothing never looks like a clean one."""
    stats = result.data.get("stats")
    files = stats.get("files") if isinstance(stats, dict) else None
    scope = f" in {_plural(files, 'file')}" if isinstance(files, int) else ""
    counts = result.counts()
    total = sum(counts.values())
    if not total:
        return f"No findings{scope}."
    parts = ", ".join(f"{n} {sev}" for sev, n in counts.items() if n)
    return f"Found {_plural(total, 'finding')} ({parts}){scope}."
