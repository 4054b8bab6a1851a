"""The reviewer's report: one self-contained HTML file (inline CSS and SVG, no scripts, works offline).

It renders a saved Result (the JSON of `seedaudit audit`), so `seedaudit report RESULTS.json` gives
the same page later. jinja2 with autoescape on: code, sentences and file names are always escaped.
"""
from __future__ import annotations

import re
from typing import Any

from ..findings import Finding, Severity
from ..paper.locate import PAPER_SUFFIXES
from ..result import Result
from ..rerun.results import StudyStatistics
from ..rules import all_rules
from ..verdict import verdict_of
from . import rerun_runs, svg
from .rerun_table import rerun_summary

VERDICT_TEXT = {
    "risky": "Risky: at least one result may rest on a single lucky seed.",
    "review": "Needs review: the seed practice is reported but thin (few seeds, no spread or no test).",
    "ok": "OK: the seed statements found describe sound practice.",
    "no seed information": "No seed information: neither the paper nor the code says how seeds were handled.",
}


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def environment():
    """The jinja2 environment of every HTML page (audit report, scan report): one loader, autoescape on."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("seedaudit.report", "templates"),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        trim_blocks=True, lstrip_blocks=True,
    )
    env.tests["paperlike"] = lambda path: str(path).lower().endswith(PAPER_SUFFIXES)
    return env


def overall_verdict(result: Result) -> str:
    """The verdict the audit saved; for a result saved without one, the verdict of its findings and notes."""
    given = result.data.get("verdict", {})
    if isinstance(given, dict) and given.get("level"):
        return given["level"]
    return verdict_of(result.findings, result.notes).name


def _rerun_charts(rerun: StudyStatistics) -> list[dict[str, Any]]:
    """Charts for the primary metric: seed distributions, P(A > B), best-of-k inflation, consistency."""
    metric, stats = rerun.primary_metric, rerun.primary
    if stats is None:
        return []
    configs = stats.configs
    series = {name: c.values for name, c in configs.items()}
    claims = {name: c.claim.value for name, c in configs.items() if c.claim is not None}
    claimed = "; diamond = claimed value" if claims else ""
    charts = [{"title": f"{metric} over seeds (one dot per seed; bar = mean{claimed})",
               "svg": svg.strip_plot(series, claims, metric=metric)}]
    rows = [(f"P({p.a} > {p.b})", p.p_a_better, p.p_a_better_ci) for p in stats.pairs if p.measured]
    if rows:
        charts.append({"title": "Probability that one configuration beats the other on a fresh seed", "svg": svg.probability_bars(rows)})
    curves = {name: c.best_of_k for name, c in configs.items() if c.best_of_k is not None}
    if curves:
        ks = next(iter(curves.values())).k
        lines = {name: b.inflation for name, b in curves.items() if b.k == ks}
        charts.append({"title": "Best-of-k inflation: expected gain from reporting the best of k seeds",
                       "svg": svg.line_chart(ks, lines, x_label="k seeds tried", y_label=f"E[max] − mean ({metric})")})
    for name, cons in rerun.consistency.items():
        if cons.flipping is not None:
            charts.append({"title": f"Per-example predictions of {name} over {cons.runs} runs: consistency "
                                    f"{cons.consistency:.3f}, churn {cons.mean_pairwise_churn:.3f}",
                           "svg": svg.stacked_bar([("always right", cons.always_right), ("flipping", cons.flipping),
                                                   ("always wrong", cons.always_wrong)])})
    return charts


def _advice(findings: list[Finding]) -> list[dict[str, str]]:
    rules = all_rules()
    seen = dict.fromkeys(f.rule_id for f in findings)
    return [{"id": r.id, "name": r.name, "summary": r.summary, "why": r.why, "use_instead": r.use_instead}
            for r in (rules.get(rid) for rid in seen) if r is not None]


def render_html(result: Result) -> str:
    level = overall_verdict(result)
    groups = [(str(sev), [f for f in result.findings if f.severity == sev]) for sev in sorted(Severity, reverse=True)]
    rerun = StudyStatistics.from_result(result)
    failures = list(result.data.get("failures", [])) + [
        {"what": f.location.path, "reason": f.message} for f in result.findings if f.rule_id == "SA001"]
    template = environment().get_template("report.html.j2")
    return visible_controls(template.render(
        result=result, data=result.data, level=level, verdict_text=VERDICT_TEXT.get(level, level),
        reasons=(result.data.get("verdict") or {}).get("reasons", []) if isinstance(result.data.get("verdict"), dict) else [],
        counts=result.counts(), groups=[g for g in groups if g[1]], notes=result.notes,
        papers=result.data.get("papers", []), crosscheck=result.data.get("crosscheck", []),
        rerun=rerun, rerun_summary=rerun_summary(rerun) if rerun else "", charts=_rerun_charts(rerun) if rerun else [],
        ran=rerun_runs.commands(rerun) if rerun else [], rerun_notes=rerun_runs.notes(rerun) if rerun else [],
        actions=rerun_runs.ACTIONS,
        advice=_advice(result.findings),
        failures=failures, provenance=result.data.get("provenance", {}), version=result.version,
    ))


def visible_controls(html: str) -> str:
    """Control characters from inputs are invalid in HTML: show them as `\\xNN` text instead."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", html)
