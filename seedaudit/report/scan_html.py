"""The scan's report.html: one self-contained page (the audit report's stylesheet, inline SVG bars, no
scripts): the table, the shares with their Wilson intervals as bars, and every risky paper with the
sentences and pages that make it risky. It is rendered from the summary and the records alone, like
`seedaudit report`.
"""
from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from ..version import __version__
from ..verdict import role
from ..scan.summary import category_shares
from .html import environment, visible_controls
from .scan_table import group_name

COLORS = {"risky": "#b3261e", "review": "#9a6700", "ok": "#1a7f37", "mentions_seeds": "#3366cc", "category": "#5b6475"}
MAX_DRILL_DOWN = 2000


def share_bars(groups: list[tuple[str, list[tuple[str, float, list[float], str]]]], *, title: str = "") -> Markup:
    """Horizontal bars of shares in [0, 1], several per group, each with its 95 % interval as a whisker."""
    if not groups:
        return Markup("")
    width, left, right, bar, gap = 680, 150, 140, 13, 12
    height = 24 + sum(len(series) * (bar + 3) + gap for _, series in groups) + 22
    span = width - left - right
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" class="chart" '
             f'aria-label="{escape(title or "shares")}">']
    y = 20
    for label, series in groups:
        block = len(series) * (bar + 3)
        parts.append(f'<text x="{left - 8}" y="{y + block / 2 + 4:.1f}" text-anchor="end" class="label">{escape(label)}</text>')
        for name, share, ci, color in series:
            parts.append(f'<rect x="{left}" y="{y}" width="{span * share:.1f}" height="{bar}" fill="{color}">'
                         f'<title>{escape(label)} {escape(name)}: {share:.1%} (95% CI {ci[0]:.1%}-{ci[1]:.1%})</title></rect>')
            mid = y + bar / 2
            parts.append(f'<line x1="{left + span * ci[0]:.1f}" x2="{left + span * ci[1]:.1f}" y1="{mid}" y2="{mid}" class="ci"/>')
            parts.append(f'<text x="{left + span * max(share, ci[1]) + 5:.1f}" y="{y + bar - 2}" class="value">'
                         f'{escape(name)} {share:.0%}</text>')
            y += bar + 3
        y += gap
    grid = []
    for t in range(5):
        x = left + span * t / 4
        grid.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="16" y2="{y - gap + 2}" class="grid"/>')
        grid.append(f'<text x="{x:.1f}" y="{y + 8}" text-anchor="middle" class="tick">{t * 25}%</text>')
    parts[1:1] = grid  # behind the bars
    parts.append("</svg>")
    return Markup("".join(parts))


def _charts(summary: dict[str, Any]) -> list[dict[str, Any]]:
    rows = [r for r in summary["rows"] if r["scope"] in ("overall", "venue", "year")]
    verdicts = [(group_name(r), [(name, r[name]["share"], r[name]["ci95"], COLORS[name])
                                 for name in ("risky", "review", "ok")]) for r in rows if r["readable"]]
    mentions = [(group_name(r), [("mentions seeds", r["mentions_seeds"]["share"], r["mentions_seeds"]["ci95"],
                                  COLORS["mentions_seeds"]),
                                 ("risky of reporting", r["risky_of_reporting"]["share"], r["risky_of_reporting"]["ci95"],
                                  COLORS["risky"])]) for r in rows if r["readable"]]
    categories = [(name, [("", share, ci, COLORS["category"])])
                  for name, share, ci in category_shares(summary["rows"][0])]
    charts = [{"title": "Verdicts: share of readable documents (bar) with its Wilson 95 % interval (line)",
               "svg": share_bars(verdicts)},
              {"title": "Share that mentions random seeds (RNG sense), and the risky share among papers that report "
                        "on seeds or runs (Bethard's figure)", "svg": share_bars(mentions)}]
    if categories:
        charts.append({"title": "Documents with at least one statement of each category (share of readable documents)",
                       "svg": share_bars(categories)})
    return charts


def _risky_papers(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    risky = [r for r in records if r.get("verdict") == "risky"]
    out = []
    for r in sorted(risky, key=lambda r: r["id"])[:MAX_DRILL_DOWN]:
        findings = sorted(r.get("findings", []), key=lambda f: (role(f["rule_id"]) != "risky", f.get("page") or 0,
                                                                 f.get("line") or 0))
        out.append(r | {"findings": findings})
    return out


def render_scan_html(summary: dict[str, Any], records: list[dict[str, Any]], provenance: dict[str, Any]) -> str:
    template = environment().get_template("scan.html.j2")
    failed = [r for r in records if r.get("verdict") == "unreadable"]
    return visible_controls(template.render(
        summary=summary, overall=summary["rows"][0], rows=summary["rows"], charts=_charts(summary),
        risky=_risky_papers(records), n_risky=sum(r.get("verdict") == "risky" for r in records),
        limit=MAX_DRILL_DOWN, failed=failed, provenance=provenance, version=__version__, group_name=group_name,
    ))
