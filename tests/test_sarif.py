"""SARIF output: valid against the official 2.1.0 schema, with rule metadata and partial fingerprints."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedaudit.findings import Confidence, Finding, Location, Severity, assign_fingerprints
from seedaudit.report import render
from seedaudit.result import Result
from seedaudit.rules import all_rules

SCHEMA = Path(__file__).resolve().parent.parent.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
BAD = 'import os\n\nos.environ["PYTHONHASHSEED"] = "0"\n'


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed (it is in the dev extra)")
    if not SCHEMA.is_file():
        pytest.skip(f"the official SARIF schema is not here ({SCHEMA} is absent); cannot validate")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def assert_valid(validator, document: dict) -> None:
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


@pytest.fixture
def project(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\n')
    (tmp_path / "train.py").write_text(BAD)
    return tmp_path


def sarif_of(run_cli, *args) -> dict:
    _, out, _ = run_cli("check", *args, "--no-cache", "-f", "sarif")
    return json.loads(out)


def test_check_output_is_valid_sarif(run_cli, validator, project):
    document = sarif_of(run_cli, project)
    assert_valid(validator, document)
    assert document["version"] == "2.1.0"
    assert any(r["ruleId"] == "SA109" for r in document["runs"][0]["results"])


def test_empty_run_is_valid(run_cli, validator, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\n')
    (tmp_path / "ok.py").write_text("seed_words = ['a']\n")
    document = sarif_of(run_cli, tmp_path / "ok.py")
    assert_valid(validator, document)
    assert document["runs"][0]["results"] == []


def test_rule_metadata_for_every_rule(run_cli, project):
    run = sarif_of(run_cli, project)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(all_rules())
    for descriptor in rules:
        assert descriptor["name"] and descriptor["shortDescription"]["text"] and descriptor["fullDescription"]["text"]
        assert descriptor["help"]["text"] and descriptor["defaultConfiguration"]["level"] in ("error", "warning", "note")
    [result] = [r for r in run["results"] if r["ruleId"] == "SA109"]
    descriptor = rules[result["ruleIndex"]]
    assert (descriptor["id"], descriptor["name"]) == ("SA109", "hashseed-in-process")
    assert descriptor["defaultConfiguration"] == {"level": "warning", "enabled": True}
    assert result["level"] == "warning" and result["properties"]["confidence"] == "high"


def test_partial_fingerprints_survive_an_edit_above(run_cli, project):
    def fingerprint():
        [result] = [r for r in sarif_of(run_cli, project)["runs"][0]["results"] if r["ruleId"] == "SA109"]
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] > 0
        return result["partialFingerprints"]["seedaudit/v1"], result["locations"][0]["physicalLocation"]["region"]["startLine"]

    before, line_before = fingerprint()
    (project / "train.py").write_text("# a comment added above\n\n" + BAD)
    after, line_after = fingerprint()
    assert before and before == after
    assert line_after == line_before + 2


def test_related_locations_cells_and_pages_are_valid(validator):
    findings = [
        Finding("SA109", "hashseed-in-process", Severity.WARNING, Confidence.HIGH, "in a notebook",
                Location("nb.ipynb", 40, 0, cell=3, cell_line=2), evidence='os.environ["PYTHONHASHSEED"] = "0"'),
        Finding("SA109", "hashseed-in-process", Severity.WARNING, Confidence.HIGH, "with a related place",
                Location("train.py", 3, 4, 3, 38), evidence="x",
                related_locations=[Location("paper.pdf", page=4), Location("run.sh", 2)],
                related_evidence=["we report the mean over five seeds", "python train.py --seed 1"]),
        Finding("SA002", "unused-suppression", Severity.INFO, Confidence.HIGH, "file-level", Location("a.py")),
    ]
    document = json.loads(render(Result("check", findings=assign_fingerprints(findings)), "sarif"))
    assert_valid(validator, document)
    results = document["runs"][0]["results"]
    assert results[0]["locations"][0]["properties"] == {"cell": 3, "cellLine": 2}
    related = results[1]["relatedLocations"]
    assert [r["id"] for r in related] == [0, 1]
    assert related[0]["properties"] == {"page": 4} and related[0]["message"]["text"].startswith("we report")
    assert related[1]["physicalLocation"]["region"]["startLine"] == 2
    assert results[1]["locations"][0]["physicalLocation"]["region"] == {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 39}
    assert "region" not in results[2]["locations"][0]["physicalLocation"]
    assert len({r["partialFingerprints"]["seedaudit/v1"] for r in results}) == 3
