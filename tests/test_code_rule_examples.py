"""Every code rule's VALID/INVALID examples in rules/*.toml run as tests (Fixit style)."""
from __future__ import annotations

import pytest

from seedaudit.code.engine import check_paths
from seedaudit.code.expect import actual_findings, expected_findings
from seedaudit.config import Config
from seedaudit.rules import Selection, all_rules

EXAMPLES = [
    pytest.param(rule, index, example, id=f"{rule.id}-{example.kind}-{index}")
    for rule in all_rules().values() if rule.engine == "code"
    for index, example in enumerate(rule.examples)
]


def test_every_code_rule_has_bad_and_good_examples():
    for rule in all_rules().values():
        if rule.engine == "code":
            kinds = {e.kind for e in rule.examples}
            assert kinds == {"bad", "good"}, f"{rule.id} needs at least one bad and one good example"


@pytest.mark.parametrize("rule,index,example", EXAMPLES)
def test_rule_example(tmp_path, rule, index, example):
    for name, text in example.files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip("\n"), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'example'\n")
    outcome = check_paths([tmp_path], Config(root=tmp_path), Selection.build(select=["ALL"]), use_cache=False)
    expected = {k for k in expected_findings(tmp_path)}
    actual = {k for k in actual_findings(outcome.findings, tmp_path)}
    if example.kind == "good":
        assert not {k for k in actual if k[2] == rule.id}, f"{rule.id} fired on a good example: {actual}"
        assert not expected, "good examples carry no expect markers"
    else:
        mine = {k for k in expected if k[2] == rule.id}
        assert mine, f"bad example of {rule.id} has no '# expect: {rule.id}' marker"
        assert mine <= actual, f"missing {sorted(mine - actual)}; got {sorted(actual)}"
        assert {k for k in actual if k[2] == rule.id} <= expected, f"unexpected {sorted(actual - expected)}"
