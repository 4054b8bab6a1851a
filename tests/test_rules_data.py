"""Rules as data: a paper rule is one TOML file (its message, verdict role and category included), and a
malformed rule file is a one-line error."""
from __future__ import annotations

import json
import re
import shutil

import pytest

from seedaudit.paper import classify, nlp
from seedaudit.rules import RuleError, all_rules, rules_dir

NEW_RULE = """
id = "SA219"
name = "cherry-picked-seed"
engine = "paper"
severity = "warning"
confidence = "high"
verdict = "{verdict}"
message = "the seed was cherry-picked"
summary = "The paper says it cherry-picked the random seed"
what = "Finds sentences saying the seed was cherry-picked."
why = "A cherry-picked seed is the luckiest draw, not the typical one."
examples = [
  {{ kind = "bad", file = "paper.txt", code = "We cherry-picked the random seed for the main table." }},
]

[data]
category = "cherry-picked"
priority = 1
when = [["CHERRY", "SEED"]]

[data.patterns]
CHERRY = [[{{LOWER = "cherry"}}, {{ORTH = "-"}}, {{LOWER = "picked"}}]]
"""
SENTENCE = "We cherry-picked the random seed for the main table."


def forget_loaded_rules():
    """What a new process would do: read the rules, the categories and the matcher patterns afresh."""
    all_rules.cache_clear()
    classify.categories.cache_clear()
    nlp.pipeline.cache_clear()


@pytest.fixture
def rules_copy(tmp_path, monkeypatch):
    """The rule files copied to a scratch folder and read from there, so a test can add or break a rule."""
    copy = tmp_path / "rules"
    shutil.copytree(rules_dir(), copy)
    monkeypatch.setattr("seedaudit.rules.rules_dir", lambda: copy)
    forget_loaded_rules()
    yield copy
    forget_loaded_rules()


@pytest.mark.parametrize("verdict", ["risky", "review"])
def test_a_new_paper_rule_is_one_toml_file(run_cli, tmp_path, rules_copy, verdict):
    (rules_copy / "SA219-cherry-picked-seed.toml").write_text(NEW_RULE.format(verdict=verdict), encoding="utf-8")
    paper = tmp_path / "paper.txt"
    paper.write_text(f"# A tagger\n\n## Results\n\n{SENTENCE}\n", encoding="utf-8")

    code, out, err = run_cli("paper", paper, "-f", "json")
    data = json.loads(out)
    [finding] = data["findings"]
    assert (finding["rule_id"], finding["message"], finding["severity"]) == ("SA219", "the seed was cherry-picked", "warning")
    assert (code, err) == (1, "")
    [audited] = data["papers"]
    assert audited["verdict"] == verdict  # the role decides, not the severity
    assert audited["reasons"][0] == "SA219 cherry-picked-seed (line 5): the seed was cherry-picked"
    assert "cherry-picked" in classify.category_names()


@pytest.mark.parametrize("edit,error", [
    (('verdict = "risky"', 'verdict = "dangerous"'), "verdict must be one of"),
    (('verdict = "risky"', 'verdict = "risky"\ncolour = "red"'), "unknown ['colour']"),
    (('message = "fixed single seed', 'massage = "fixed single seed'), "unknown ['massage']"),
    (('detail = ["seed {seeds}"]', 'detail = ["seed {seed}"]'), "detail names ['seed']"),
    (("runs_reported = 3", 'runs_reported = "3"'), "[review_when] runs_reported must be int"),
    (('sentence_says = "reproducibility"', 'sentence_says = "fairness"'), "sentence_says must be one of"),
    (('category = "fixed-seed"', 'category = "single-run"'), "category 'single-run' is also"),
    (("priority = 90", 'priority = 90\nkind = "finding"'), "[data] unknown ['kind']"),
])
def test_a_malformed_paper_rule_is_one_line(run_cli, tmp_path, rules_copy, edit, error):
    [rule] = rules_copy.glob("SA201-*.toml")
    text = rule.read_text(encoding="utf-8")
    assert text.count(edit[0]) == 1
    rule.write_text(text.replace(*edit), encoding="utf-8")
    with pytest.raises(RuleError, match=re.escape(error)):
        all_rules()
    paper = tmp_path / "paper.txt"
    paper.write_text("We fix the random seed to 42.\n", encoding="utf-8")
    code, _, err = run_cli("paper", paper)
    assert code == 2 and error in err and err.startswith("seedaudit:") and len(err.splitlines()) == 1, err


def test_review_when_names_a_safe_rule(rules_copy):
    [rule] = rules_copy.glob("SA202-*.toml")
    rule.write_text(rule.read_text(encoding="utf-8").replace('note = "SA213"', 'note = "SA204"'), encoding="utf-8")
    with pytest.raises(RuleError, match="note must be the id of a rule whose verdict is safe"):
        all_rules()


def test_only_paper_rules_carry_a_message(rules_copy):
    [rule] = rules_copy.glob("SA101-*.toml")
    rule.write_text(rule.read_text(encoding="utf-8").replace('verdict = "risky"', 'verdict = "risky"\nmessage = "x"'),
                    encoding="utf-8")
    with pytest.raises(RuleError, match=re.escape("['message'] apply to paper rules only")):
        all_rules()


def test_every_purpose_a_rule_can_name_is_a_pattern_of_the_paper_claims():
    from seedaudit.paper import claims
    from seedaudit.rules import PURPOSES

    assert PURPOSES == tuple(claims.PURPOSES)
