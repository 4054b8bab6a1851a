"""The labelled corpus: sentence categories (precision/recall floors), rule examples, synthetic papers."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedaudit.paper import audit_paper
from seedaudit.paper.audit import classify_sentence
from seedaudit.paper.classify import category_names
from seedaudit.paper.scoring import per_category
from seedaudit.rules import all_rules

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "papers"
SENTENCES = [json.loads(line) for line in (CORPUS / "sentences.jsonl").read_text(encoding="utf-8").splitlines()]
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["papers"]
PAPER_RULES = [r for r in all_rules().values() if r.engine == "paper"]


def test_corpus_covers_every_category_and_the_traps():
    assert len(SENTENCES) >= 150
    categories = {s["category"] for s in SENTENCES}
    assert categories == set(category_names())
    notes = " ".join(s["note"] for s in SENTENCES)
    for trap in ("seed words", "tournaments", "checklist", "citations", "prompts"):
        assert trap in notes


def test_per_category_precision_and_recall_floor():
    pairs = [(s["category"], classify_sentence(s["text"], s.get("section", ""))) for s in SENTENCES]
    scores = per_category(pairs)
    assert set(scores) == set(category_names()) - {"none"}
    for category, score in scores.items():
        assert score["precision"] >= 0.85, (category, score)
        assert score["recall"] >= 0.8, (category, score)
    traps = [p for p in pairs if p[0] == "none"]
    assert sum(1 for _, got in traps if got != "none") <= 1


@pytest.mark.parametrize("rule", PAPER_RULES, ids=lambda r: r.id)
def test_rule_examples(rule):
    category = rule.data["category"]
    assert rule.examples, rule.id
    for example in rule.examples:
        (text,) = example.files.values()
        got = classify_sentence(text)
        if example.kind == "bad":
            assert got == category, (rule.id, text, got)
        else:
            assert got != category, (rule.id, text, got)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_synthetic_papers(name, monkeypatch):
    monkeypatch.chdir(CORPUS)
    expected = EXPECTED[name]
    audit = audit_paper(name)
    assert audit.verdict == expected["verdict"]
    assert [(f.rule_id, str(f.severity)) for f in audit.findings] == [tuple(x) for x in expected["findings"]]
    assert [n.rule_id for n in audit.notes] == expected["notes"]
    if "margin_lines" in expected:
        assert [f.location.margin_line for f in audit.findings] == expected["margin_lines"]
        assert all(f.location.page == 1 for f in audit.findings)
    for rule_id, (path, line) in expected.get("lines", {}).items():
        found = next(f for f in audit.findings + audit.notes if f.rule_id == rule_id)
        assert (found.location.path, found.location.line) == (path, line)
    if "seed_values" in expected:
        assert audit.claims.values == expected["seed_values"]
    if "max_n" in expected:
        assert audit.claims.max_n == expected["max_n"]
    if "spread_reported" in expected:
        assert audit.claims.spread_reported is expected["spread_reported"]
    if "significance_test" in expected:
        assert bool(audit.claims.significance_test) is expected["significance_test"]
