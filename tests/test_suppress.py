"""Inline suppressions (by id and by name, over whole statements, file-level), unused ones (SA002), baselines."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from seedaudit.findings import Confidence, Finding, Location, Severity
from seedaudit.suppress import filter_baseline, read_baseline, write_baseline

HEADER = "import os\n\n\ndef seed_all(seed):\n"


@pytest.fixture
def project(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\n')
    return tmp_path


def findings_of(run_cli, project, body: str, *args) -> list[tuple[str, int, str]]:
    (project / "train.py").write_text(HEADER + body)
    _, out, _ = run_cli("check", project / "train.py", "--no-cache", "-f", "json", *args)
    return [(f["rule_id"], f["location"]["line"], f["message"]) for f in json.loads(out)["findings"]]


def rules_of(found) -> list[str]:
    return [rid for rid, _, _ in found]


def test_unsuppressed_finding_is_reported(run_cli, project):
    assert rules_of(findings_of(run_cli, project, '    os.environ["PYTHONHASHSEED"] = str(seed)\n')) == ["SA109"]


@pytest.mark.parametrize("comment", ["# noqa: SA109", "#noqa:SA109", "# NOQA: SA109, SA108", "# noqa: E501, SA109",
                                     "# seedaudit: ignore[SA109]", "# seedaudit: ignore[hashseed-in-process]",
                                     "# seedaudit: ignore"])
def test_inline_suppression_by_id_or_name(run_cli, project, comment):
    found = findings_of(run_cli, project, f'    os.environ["PYTHONHASHSEED"] = str(seed)  {comment}\n')
    assert "SA109" not in rules_of(found)


def test_suppression_on_the_last_line_covers_a_multiline_statement(run_cli, project):
    body = '    os.environ[\n        "PYTHONHASHSEED"\n    ] = str(seed)  # seedaudit: ignore[hashseed-in-process]\n'
    assert findings_of(run_cli, project, body) == []


def test_suppression_on_a_middle_line_covers_the_statement(run_cli, project):
    body = '    os.environ[\n        "PYTHONHASHSEED"  # noqa: SA109\n    ] = str(\n        seed)\n'
    assert findings_of(run_cli, project, body) == []


def test_suppression_on_the_next_statement_does_not_cover(run_cli, project):
    body = '    os.environ["PYTHONHASHSEED"] = str(seed)\n    value = seed  # noqa: SA109\n'
    found = findings_of(run_cli, project, body)
    assert ("SA109", 5) in [(rid, line) for rid, line, _ in found]
    assert ("SA002", 6) in [(rid, line) for rid, line, _ in found]


def test_other_rule_suppressed_does_not_hide(run_cli, project):
    found = findings_of(run_cli, project, '    os.environ["PYTHONHASHSEED"] = str(seed)  # noqa: SA108\n')
    assert rules_of(found).count("SA109") == 1
    [(_, line, message)] = [f for f in found if f[0] == "SA002"]
    assert line == 5 and "SA108" in message


@pytest.mark.parametrize("comment", ["# seedaudit: ignore-file", "# seedaudit: ignore-file[SA109]",
                                     "# seedaudit: ignore-file[hashseed-in-process]"])
def test_file_level_ignore(run_cli, project, comment):
    body = '    os.environ["PYTHONHASHSEED"] = str(seed)\n\n\nos.environ.setdefault("PYTHONHASHSEED", "1")\n'
    (project / "train.py").write_text(f"{comment}\n" + HEADER + body)
    _, out, _ = run_cli("check", project / "train.py", "--no-cache", "-f", "json")
    assert json.loads(out)["findings"] == []


def test_file_level_ignore_of_another_rule_keeps_the_finding(run_cli, project):
    (project / "train.py").write_text("# seedaudit: ignore-file[SA108]\n" + HEADER + '    os.environ["PYTHONHASHSEED"] = "0"\n')
    _, out, _ = run_cli("check", project / "train.py", "--no-cache", "-f", "json")
    assert sorted((f["rule_id"], f["location"]["line"]) for f in json.loads(out)["findings"]) == [("SA002", 1), ("SA109", 6)]


def test_unused_suppression_is_sa002_at_its_line(run_cli, project):
    found = findings_of(run_cli, project, "    return seed  # noqa: SA109\n")
    assert found == [("SA002", 5, "unused suppression for SA109")]


def test_unused_suppression_in_a_file_without_seed_code(run_cli, project):
    (project / "plain.py").write_text("total = 1 + 2  # noqa: SA109\nvalue = 3  # seedaudit: ignore[hashseed-in-process]\n")
    _, out, _ = run_cli("check", project / "plain.py", "--no-cache", "-f", "json")
    assert [(f["rule_id"], f["location"]["line"]) for f in json.loads(out)["findings"]] == [("SA002", 1), ("SA002", 2)]


def test_suppression_naming_no_rule(run_cli, project):
    found = findings_of(run_cli, project, '    os.environ["PYTHONHASHSEED"] = str(seed)  # seedaudit: ignore[no-such-rule]\n')
    assert ("SA109", 5) in [(rid, line) for rid, line, _ in found]
    [(_, _, message)] = [f for f in found if f[0] == "SA002"]
    assert "no-such-rule" in message


def test_other_linters_noqa_is_left_alone(run_cli, project):
    assert findings_of(run_cli, project, "    return seed  # noqa: E501\n") == []
    assert findings_of(run_cli, project, "    return seed  # noqa\n") == []


def test_unused_suppressions_can_be_ignored(run_cli, project):
    assert findings_of(run_cli, project, "    return seed  # noqa: SA109\n", "--ignore", "unused-suppression") == []


def test_suppression_in_a_notebook_cell(run_cli, project):
    cells = [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
              "source": ["import os\n", 'os.environ["PYTHONHASHSEED"] = "0"  # noqa: SA109\n']}]
    (project / "nb.ipynb").write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    _, out, _ = run_cli("check", project / "nb.ipynb", "--no-cache", "-f", "json")
    assert json.loads(out)["findings"] == []


# -- baselines ---------------------------------------------------------------------------------
BASE_BODY = '    os.environ["PYTHONHASHSEED"] = str(seed)\n    os.environ.setdefault("PYTHONHASHSEED", "1")\n'


def test_baseline_write_then_read_hides_known_findings(run_cli, project, tmp_path):
    baseline = tmp_path / "seedaudit-baseline.json"
    (project / "train.py").write_text(HEADER + BASE_BODY)
    code, _, err = run_cli("check", project, "--no-cache", "--write-baseline", baseline)
    assert code == 0 and "wrote 2 findings" in err
    data = json.loads(baseline.read_text())
    assert data["seedaudit_baseline"] == 1
    assert sorted(e["count"] for e in data["findings"].values()) == [1, 1]
    assert {e["rule"] for e in data["findings"].values()} == {"SA109"}

    # an edit above the findings moves their lines but not their identity
    (project / "train.py").write_text("# new header\n" + HEADER + BASE_BODY)
    code, out, err = run_cli("check", project, "--no-cache", "--baseline", baseline)
    assert code == 0 and "No findings in " in out and "2 findings matched the baseline" in err

    # a new finding still shows
    (project / "train.py").write_text(HEADER + BASE_BODY + '    os.environ["PYTHONHASHSEED"] = "2"\n')
    code, out, err = run_cli("check", project, "--no-cache", "--baseline", baseline, "-f", "json")
    assert code == 1
    assert [f["location"]["line"] for f in json.loads(out)["findings"]] == [7]


def test_baseline_counts(tmp_path):
    def finding(line):
        return Finding("SA109", "hashseed-in-process", Severity.WARNING, Confidence.HIGH, "m", Location("a.py", line),
                       fingerprint="same")

    path = tmp_path / "b.json"
    write_baseline(path, [finding(1), finding(2)])
    assert read_baseline(path) == Counter({"same": 2})
    kept, matched = filter_baseline([finding(1), finding(2), finding(3)], read_baseline(path))
    assert matched == 2 and [f.location.line for f in kept] == [3]


@pytest.mark.parametrize("content", ["not json", '{"findings": 3}', '{"seedaudit_baseline": 1, "findings": {"x": {}}}'])
def test_broken_baseline_is_exit_2_in_one_line(run_cli, project, tmp_path, content):
    baseline = tmp_path / "broken.json"
    baseline.write_text(content)
    (project / "train.py").write_text(HEADER + BASE_BODY)
    code, out, err = run_cli("check", project, "--no-cache", "--baseline", baseline)
    assert code == 2 and "cannot read baseline" in err and "Traceback" not in err
