"""Smoke tests of the paper engine on small text papers written for these tests."""
from __future__ import annotations

from seedaudit.paper import audit_paper


def test_text_paper_findings_and_verdict(tmp_path):
    paper = tmp_path / "paper.md"
    paper.write_text(
        "# 4 Experiments\n\n"
        "We set the random seed to 42 to ensure reproducibility. We use 20 seed words from a lexicon.\n"
        "All results are averaged over 5 runs (mean ± std).\n\n"
        "## References\n\nBethard, S. 2022. We need to talk about random seeds. A single run is not enough.\n",
        encoding="utf-8",
    )
    audit = audit_paper(paper)
    rules = sorted(f.rule_id for f in audit.findings)
    assert rules == ["SA201", "SA204"]
    assert audit.verdict == "risky"
    assert audit.claims.values == [42]
    assert audit.claims.max_n == 5
    assert audit.claims.spread_reported
    assert all(s.line for s in audit.sentences)
