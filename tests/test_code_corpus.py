"""Every labelled case in corpus/code/ (one folder = one small project) yields exactly its `# expect:` markers."""
from __future__ import annotations

from pathlib import Path

import pytest

from seedaudit.code.engine import check_paths
from seedaudit.code.expect import actual_findings, expected_findings
from seedaudit.config import load_config
from seedaudit.rules import Selection

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "code"
CASES = sorted(p for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else []


def audit_case(case: Path):
    """Each case is its own project: its pyproject.toml (required) is the root and may configure it."""
    assert (case / "pyproject.toml").is_file(), f"{case.name} needs a pyproject.toml"
    return check_paths([case], load_config([case]), Selection.build(select=["ALL"]), use_cache=False)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_corpus_case(case):
    outcome = audit_case(case)
    expected = expected_findings(case)
    actual = actual_findings(outcome.findings, case)
    assert actual == expected, f"missing: {sorted(expected - actual)}\nunexpected: {sorted(actual - expected)}"
