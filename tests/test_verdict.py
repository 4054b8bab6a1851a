"""One verdict (seedaudit/verdict.py): `paper`, `audit` and `scan` give one paper the same verdict, decided
by the rules' verdict roles, not by severity."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedaudit.findings import Confidence, Finding, Location, Severity
from seedaudit.verdict import verdict_of

# Generated papers: a title, a method paragraph with the statement, a results paragraph.
PAPERS = {
    # SA204, raised to a warning (two runs, no spread), is still a review finding
    "thin-aggregate": ("All numbers are averaged over two runs.", "review", [("SA204", "warning")]),
    "fixed-seed": ("We fix the random seed to 42 for reproducibility.", "risky", [("SA201", "warning")]),
    # SA201 released by [review_when]: the fixed seed is a setting of runs reported over five seeds
    "fixed-seed-of-runs": ("We fix the random seed to 42 for reproducibility. All scores are the mean and standard "
                           "deviation over five random seeds.", "review", [("SA201", "warning"), ("SA204", "info")]),
    # seeding each library by name says how runs are made repeatable: released like "for reproducibility" ...
    "libraries-seeded-of-runs": ("Seeds are fixed for NumPy and TensorFlow. Every score is the mean over four random "
                                 "seeds.", "review", [("SA201", "warning"), ("SA204", "warning")]),
    # ... and like it, only in a paper that reports several runs
    "libraries-seeded": ("Seeds are fixed for NumPy and TensorFlow.", "risky", [("SA201", "warning")]),
    # one seed shared by every compared system pairs them within each of several runs ...
    "shared-seed-of-runs": ("All parsers use the same random seed. Every score is the mean over four random seeds.",
                            "review", [("SA201", "warning"), ("SA204", "warning")]),
    # ... but one seed shared by all runs leaves a single draw
    "one-seed-for-all-runs": ("All runs use the same random seed. Every score is the mean over four random seeds.",
                              "risky", [("SA201", "warning"), ("SA204", "warning")]),
}


def write_paper(folder: Path, statement: str) -> Path:
    path = folder / "paper.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"# A tagger\n\n## Method\n\nWe train a small tagger on the public split. {statement}\n\n"
                    "## Results\n\nTable 1 lists F1 on the test set.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(PAPERS))
def test_paper_audit_and_scan_agree_on_the_verdict(run_cli, tmp_path, name):
    statement, expected, findings = PAPERS[name]
    paper = write_paper(tmp_path / "papers", statement)

    _, out, _ = run_cli("paper", paper, "-f", "json", "--exit-zero")
    from_paper = json.loads(out)
    assert [(f["rule_id"], f["severity"]) for f in from_paper["findings"]] == findings
    _, out, _ = run_cli("audit", "--paper", paper, "-f", "json", "--exit-zero")
    from_audit = json.loads(out)["verdict"]
    run_cli("scan", paper.parent, "--out", tmp_path / "scan", "--no-progress")
    [from_scan] = [json.loads(line) for line in (tmp_path / "scan" / "results.jsonl").read_text().splitlines()]

    assert from_paper["papers"][0]["verdict"] == from_audit["level"] == from_scan["verdict"] == expected
    assert from_paper["papers"][0]["reasons"] == from_audit["reasons"] == from_scan["reasons"]


def _finding(rule_id: str, name: str, severity: Severity) -> Finding:
    return Finding(rule_id, name, severity, Confidence.HIGH, "m", Location("train.py", 3))


def test_the_role_decides_not_the_severity():
    raised = _finding("SA104", "single-fixed-seed", Severity.WARNING)  # a review rule, whatever its severity
    assert verdict_of([raised], []).name == "review"
    lowered = _finding("SA101", "single-seed-comparison", Severity.INFO)  # a risky rule
    assert verdict_of([lowered], []).name == "risky"
    diagnostics = [_finding("SA001", "input-error", Severity.ERROR), _finding("SA002", "unused-suppression", Severity.INFO)]
    assert verdict_of(diagnostics, []).name == "no seed information"
    verdict = verdict_of([raised, lowered], [])
    assert verdict.reasons[0].startswith("SA101 single-seed-comparison (train.py:3")  # code: file and line


def test_a_saved_result_of_an_unknown_rule_moves_no_verdict():
    assert verdict_of([_finding("SA999", "gone", Severity.ERROR)], []).name == "no seed information"
