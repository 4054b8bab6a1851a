"""The HTML report: well-formed, self-contained, and everything from the inputs escaped."""
from __future__ import annotations

import random
from html.parser import HTMLParser

import pytest

from seedaudit.findings import Confidence, Finding, Location, Severity
from seedaudit.report.html import render_html
from seedaudit.result import Result

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SVG_LEAVES = {"circle", "line", "rect", "path", "polyline"}


class Checker(HTMLParser):
    """Tag balance, no scripts, no external resources: what 'valid and self-contained' means here."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "script":
            self.errors.append("script element")
        for name, value in attrs:
            if name in ("src", "href") and value and not value.startswith("#"):
                self.errors.append(f"external reference {name}={value}")
            if name.startswith("on"):
                self.errors.append(f"event handler {name}")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}> (open: {self.stack[-3:]})")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def check(html: str) -> Checker:
    checker = Checker()
    checker.feed(html)
    checker.close()
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert not checker.errors, checker.errors
    assert not checker.stack, f"unclosed: {checker.stack}"
    return checker


HOSTILE = '<script>alert("x")</script> \'quoted\' "double" & \x07bell'


def hostile_result() -> Result:
    from seedaudit.rerun.results import BootstrapSettings, ConsistencyFigures, StudyStatistics
    from seedaudit.rerun.stats import analyse_values

    rng = random.Random(3)
    stats = analyse_values({HOSTILE: [rng.gauss(0.8, 0.03) for _ in range(8)], "b": [rng.gauss(0.82, 0.03) for _ in range(8)]},
                           "accuracy", claims={"b": 0.9})
    finding = Finding("SA101", "single-seed-comparison", Severity.WARNING, Confidence.MEDIUM, f"message {HOSTILE}",
                      Location(f"src/{HOSTILE}.py", 3, 0), evidence=f"torch.manual_seed(1)  # {HOSTILE}",
                      related_locations=[Location("paper.pdf", page=2)], related_evidence=[f"We ran once. {HOSTILE}"])
    return Result("audit", findings=[finding], data={
        "submission": {"name": HOSTILE}, "verdict": {"level": "risky", "reasons": [HOSTILE]},
        "papers": [{"path": f"{HOSTILE}.pdf", "verdict": "risky", "claims": {"n_runs": [{"n": 1, "unit": "runs", "category": "single-run", "page": 2, "text": HOSTILE}]}}],
        "crosscheck": [{"paper": HOSTILE, "code": HOSTILE, "status": "SA301 mismatch", "page": 1}],
        "rerun": StudyStatistics(
            primary_metric="accuracy", bootstrap=BootstrapSettings(resamples=10_000, confidence=0.95, seed=0),
            metrics={"accuracy": stats},
            consistency={"b": ConsistencyFigures(runs=8, examples=40, consistency=0.75, mean_pairwise_churn=0.1,
                                                 max_pairwise_churn=0.2, always_right=30, flipping=5, always_wrong=5)},
        ).to_dict(),
        "failures": [{"what": HOSTILE, "reason": HOSTILE}], "provenance": {"machine": HOSTILE}})


def test_report_is_well_formed_and_self_contained():
    checker = check(render_html(hostile_result()))
    assert checker.tags.count("svg") >= 4  # distribution, P(A>B), best-of-k, consistency


def test_the_rerun_section_leads_with_a_one_line_summary_rendered_from_the_statistics():
    html = render_html(hostile_result())
    assert "accuracy: " in html and "over 8 seeds (mean " in html
    assert "picks the other winner with probability" in html


def test_a_pair_without_effect_needs_no_seeds_and_says_nothing():
    from seedaudit.rerun.results import BootstrapSettings, StudyStatistics
    from seedaudit.rerun.stats import analyse_values

    same = [0.7, 0.8, 0.9]
    stats = analyse_values({"a": same, "b": same}, "accuracy")
    assert stats.pairs[0].seeds_needed is None
    bootstrap = BootstrapSettings(resamples=10_000, confidence=0.95, seed=0)
    rerun = StudyStatistics(primary_metric="accuracy", bootstrap=bootstrap, metrics={"accuracy": stats}, consistency={})
    html = render_html(Result("audit", data={"rerun": rerun.to_dict()}))
    assert "<td>0.50</td><td></td></tr>" in html and "None" not in html


def test_everything_from_inputs_is_escaped():
    html = render_html(hostile_result())
    assert "<script>" not in html
    assert "&lt;script&gt;alert(" in html
    assert "&#39;quoted&#39;" in html or "&#x27;quoted&#x27;" in html
    text = "".join(check(html).text)
    assert '<script>alert("x")</script>' in text  # shown to the reader as text
    assert "\x07" not in html and "\\x07bell" in html  # control characters made visible, never raw


def test_verdict_levels_and_empty_report():
    empty = render_html(Result("audit"))
    assert 'data-verdict="no seed information"' in empty
    check(empty)
    ok = Result("audit", notes=[Finding("SA212", "seed-ensemble", Severity.INFO, Confidence.HIGH, "ensemble", Location("p.pdf", page=3))])
    assert 'data-verdict="ok"' in render_html(ok)


AUDIT_HEAD = '"tool": "seedaudit", "command": "audit", "notes": []'


@pytest.mark.parametrize("text", [
    '{"a": 1}',
    "[1, 2, 3]",
    '{"documents": 2, "input_problems": 0, "problems": [], "rows": []}',  # a scan's summary.json
    '{"tool": "seedaudit", "command": "paper", "findings": [], "notes": [], "papers": []}',
    '{%s, "findings": [{"rule_id": 1}]}' % AUDIT_HEAD,
    '{%s, "findings": [], "papers": 5}' % AUDIT_HEAD,
    '{%s, "findings": [], "verdict": {"level": "risky", "reasons": 7}}' % AUDIT_HEAD,
    '{%s, "findings": [], "rerun": {"primary_metric": "a", "bootstrap": {"resamples": 9, "confidence": 0.9, "seed": 0}, '
    '"metrics": 5, "consistency": {}}}' % AUDIT_HEAD,
    "not json at all",
], ids=["object", "list", "scan-summary", "paper-result", "bad-finding", "bad-papers", "deep-damage", "damaged-rerun",
        "not-json"])
def test_report_refuses_json_that_is_no_saved_audit(run_cli, tmp_path, text):
    saved = tmp_path / "saved.json"
    saved.write_text(text)
    code, _, stderr = run_cli("report", saved, "--html", tmp_path / "out.html")
    assert code == 2 and f"{saved}: not a seedaudit audit result" in stderr and len(stderr.splitlines()) == 1, stderr
    assert not (tmp_path / "out.html").exists()
