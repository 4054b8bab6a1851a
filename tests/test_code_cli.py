"""`seedaudit check` end to end: exit codes, selection, filters, every output format, notebooks, rule docs.

SA109 (PYTHONHASHSEED set in-process) is the rule under test: it is stable while other rules change.
"""
from __future__ import annotations

import json

import pytest

from seedaudit.findings import Confidence, Finding, Location, Severity

BAD = 'import os\n\n\ndef seed_all(seed):\n    os.environ["PYTHONHASHSEED"] = str(seed)\n'
CLEAN = "def add(a, b):\n    return a + b\n"


@pytest.fixture
def project(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\n')
    (tmp_path / "train.py").write_text(BAD)
    (tmp_path / "util.py").write_text(CLEAN)
    return tmp_path


def sa109_lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if "SA109" in line and "train.py" in line]


def test_exit_1_on_a_finding_with_path_line_and_rule(run_cli, project):
    code, out, _ = run_cli("check", project, "--no-cache")
    assert code == 1
    [line] = sa109_lines(out)
    assert "train.py:5:5: SA109 hashseed-in-process" in line


def test_exit_0_on_clean_code(run_cli, project):
    code, out, _ = run_cli("check", project / "util.py", "--no-cache")
    assert code == 0
    assert out == "No findings in 1 file.\n"


def test_summary_counts_the_files_checked_in_text_and_json(run_cli, project):
    code, out, _ = run_cli("check", project, "--no-cache", "--no-code-frame")
    assert out.splitlines()[-1] == "Found 1 finding (1 warning) in 3 files."  # pyproject.toml, train.py, util.py
    _, out, _ = run_cli("check", project, "--no-cache", "-f", "json")
    assert json.loads(out)["stats"]["files"] == 3


def test_exit_2_when_no_input_can_be_read(run_cli, tmp_path):
    code, out, _ = run_cli("check", tmp_path / "missing.py", "--no-cache")
    assert code == 2
    assert "no such file or directory" in out


def test_exit_2_on_a_usage_error(run_cli, project):
    code, _, err = run_cli("check", project, "--select", "SA999x")
    assert code == 2
    assert "Traceback" not in err


def test_exit_zero(run_cli, project):
    code, out, _ = run_cli("check", project, "--no-cache", "--exit-zero")
    assert code == 0 and sa109_lines(out)


@pytest.mark.parametrize("token", ["SA109", "SA10", "hashseed-in-process"])
def test_select_by_id_prefix_and_name(run_cli, project, token):
    code, out, _ = run_cli("check", project, "--no-cache", "--select", token)
    assert code == 1 and sa109_lines(out)


def test_select_of_another_rule_hides_it(run_cli, project):
    code, out, _ = run_cli("check", project, "--no-cache", "--select", "SA108")
    assert code == 0 and not sa109_lines(out)


@pytest.mark.parametrize("token", ["SA109", "SA10", "hashseed-in-process"])
def test_ignore_by_id_prefix_and_name(run_cli, project, token):
    code, out, _ = run_cli("check", project, "--no-cache", "--ignore", token)
    assert code == 0 and not sa109_lines(out)


def test_min_severity_hides_lower_findings(run_cli, project):
    assert run_cli("check", project, "--no-cache", "--min-severity", "error")[0] == 0
    assert run_cli("check", project, "--no-cache", "--min-severity", "warning")[0] == 1


def test_min_confidence_keeps_high_confidence_findings(run_cli, project):
    code, out, _ = run_cli("check", project, "--no-cache", "--min-confidence", "high")
    assert code == 1 and sa109_lines(out)


def test_min_confidence_filter_drops_lower_confidence():
    from seedaudit.cli.common import filter_findings
    from seedaudit.rules import Selection

    def finding(confidence):
        return Finding("SA109", "hashseed-in-process", Severity.WARNING, confidence, "m", Location("a.py", 1))

    kept = filter_findings([finding(Confidence.LOW), finding(Confidence.MEDIUM), finding(Confidence.HIGH)],
                           Selection.build(select=["ALL"]), Severity.INFO, Confidence.MEDIUM)
    assert [f.confidence for f in kept] == [Confidence.MEDIUM, Confidence.HIGH]


def test_fail_on(run_cli, project):
    assert run_cli("check", project, "--no-cache", "--fail-on", "error")[0] == 0
    assert run_cli("check", project, "--no-cache", "--fail-on", "warning")[0] == 1
    # an info finding (an unused suppression) fails only with --fail-on info
    (project / "util.py").write_text("seed = 1  # noqa: SA109\n")
    assert run_cli("check", project / "util.py", "--no-cache")[0] == 0
    assert run_cli("check", project / "util.py", "--no-cache", "--fail-on", "info")[0] == 1


def test_text_code_frame(run_cli, project):
    _, out, _ = run_cli("check", project, "--no-cache", "--code-frame")
    assert '    5 |     os.environ["PYTHONHASHSEED"] = str(seed)' in out
    assert "= help: Set the variable before Python starts" in out
    _, out, _ = run_cli("check", project, "--no-cache", "--no-code-frame")
    assert "    5 |" not in out


def test_json(run_cli, project):
    _, out, _ = run_cli("check", project, "--no-cache", "-f", "json")
    data = json.loads(out)
    [finding] = [f for f in data["findings"] if f["rule_id"] == "SA109"]
    assert finding["location"]["line"] == 5 and finding["location"]["path"].endswith("train.py")
    assert finding["severity"] == "warning" and finding["confidence"] == "high" and finding["fingerprint"]
    assert data["counts"]["warning"] >= 1


def test_jsonl(run_cli, project):
    _, out, _ = run_cli("check", project, "--no-cache", "-f", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert any(r["rule_id"] == "SA109" and r["location"]["line"] == 5 for r in records)


def test_sarif(run_cli, project):
    _, out, _ = run_cli("check", project, "--no-cache", "-f", "sarif")
    run = json.loads(out)["runs"][0]
    [result] = [r for r in run["results"] if r["ruleId"] == "SA109"]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 5


def test_github(run_cli, project):
    _, out, _ = run_cli("check", project, "--no-cache", "-f", "github")
    [line] = [line for line in out.splitlines() if "SA109" in line]
    assert line.startswith("::warning file=") and "train.py,line=5," in line and "title=SA109 hashseed-in-process" in line


def test_output_file(run_cli, project, tmp_path):
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    code, out, _ = run_cli("check", project, "--no-cache", "-f", "json", "--output-file", target)
    assert code == 1 and out == ""
    assert any(f["rule_id"] == "SA109" for f in json.loads(target.read_text())["findings"])


def notebook(*cells: list[str]) -> str:
    return json.dumps({"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Title\n"]}]
                       + [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None, "source": c}
                          for c in cells], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


def test_notebook_finding_maps_to_cell_and_raw_line(run_cli, project):
    text = notebook(["import numpy as np\n"], ["import os\n", 'os.environ["PYTHONHASHSEED"] = "0"\n', "x = 1"])
    (project / "explore.ipynb").write_text(text)
    raw_line = next(i for i, line in enumerate(text.splitlines(), 1) if "PYTHONHASHSEED" in line)
    _, out, _ = run_cli("check", project / "explore.ipynb", "--no-cache", "-f", "json")
    [finding] = json.loads(out)["findings"]
    assert finding["rule_id"] == "SA109"
    assert (finding["location"]["cell"], finding["location"]["cell_line"]) == (2, 2)
    assert finding["location"]["line"] == raw_line
    _, out, _ = run_cli("check", project / "explore.ipynb", "--no-cache")
    assert f"explore.ipynb:{raw_line}:" in out and "[cell 2, line 2]" in out


def test_notebook_comparison_names_cells_and_the_estimators_own_seed(run_cli, project):
    """A global seed that only made the demo data is not the compared estimators' seed: the finding stands on their own
    `random_state`, and its message points at the loop by cell, as the reader sees the notebook."""
    text = notebook(["import numpy as np\n", "from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier\n",
                     "np.random.seed(7)\n", "x = np.random.randn(200, 4)\n", "y = (x[:, 0] > 0).astype(int)\n"],
                    ["candidates = {\n", "    'forest': RandomForestClassifier(random_state=7),\n",
                     "    'extra': ExtraTreesClassifier(random_state=7),\n", "}\n",
                     "for label, clf in candidates.items():\n", "    clf.fit(x[:150], y[:150])\n",
                     "    print(label, clf.score(x[150:], y[150:]))\n"])
    (project / "bakeoff.ipynb").write_text(text)
    _, out, _ = run_cli("check", project / "bakeoff.ipynb", "--no-cache", "-f", "json")
    [finding] = [f for f in json.loads(out)["findings"] if f["rule_id"] == "SA101"]
    assert (finding["location"]["cell"], finding["location"]["cell_line"]) == (2, 2)
    assert "the loop at cell 2, line 5 " in finding["message"]


def test_notebook_magics_do_not_break_parsing(run_cli, project):
    text = notebook(["%matplotlib inline\n", "!pip list\n", "import os\n", 'os.environ["PYTHONHASHSEED"] = "1"'])
    (project / "magic.ipynb").write_text(text)
    _, out, _ = run_cli("check", project / "magic.ipynb", "--no-cache", "-f", "json")
    [finding] = json.loads(out)["findings"]
    assert (finding["rule_id"], finding["location"]["cell"], finding["location"]["cell_line"]) == ("SA109", 1, 4)


def test_notebook_install_without_percent_is_the_pip_magic(run_cli, project):
    """`pip install lightgbm` with no `%` is IPython's automagic, not a syntax error: the cell is checked."""
    text = notebook(["pip install lightgbm\n", "import os\n", 'os.environ["PYTHONHASHSEED"] = "2"'])
    (project / "install.ipynb").write_text(text)
    _, out, _ = run_cli("check", project / "install.ipynb", "--no-cache", "-f", "json")
    [finding] = json.loads(out)["findings"]
    assert (finding["rule_id"], finding["location"]["cell"], finding["location"]["cell_line"]) == ("SA109", 1, 3)


def test_notebook_shell_escape_goes_on_over_backslash_lines(run_cli, project):
    """`!python fit.py \\` continues on indented option lines, which are shell too (no syntax error there); the
    Python line after them is checked again."""
    text = notebook(["!python fit.py \\\n", "    --rows data/rows.csv \\\n", "    --out models\n", "import os\n",
                     'os.environ["PYTHONHASHSEED"] = "3"'])
    (project / "escape.ipynb").write_text(text)
    _, out, _ = run_cli("check", project / "escape.ipynb", "--no-cache", "-f", "json")
    [finding] = json.loads(out)["findings"]
    assert (finding["rule_id"], finding["location"]["cell"], finding["location"]["cell_line"]) == ("SA109", 1, 5)


def test_notebook_shell_escape_as_a_loop_body(run_cli, project):
    """A loop whose body is only shell escapes (`for d in sets:` / `    !python fit.py --data {d} \\`) is valid
    IPython: the cell is checked, not reported as a syntax error."""
    text = notebook(["import os\n", "for d in ['iris', 'wine']:\n", "    !python fit.py --data {d} \\\n",
                     "        --out models/{d}\n", "\n", 'os.environ["PYTHONHASHSEED"] = "4"'])
    (project / "loop.ipynb").write_text(text)
    _, out, _ = run_cli("check", project / "loop.ipynb", "--no-cache", "-f", "json")
    [finding] = json.loads(out)["findings"]
    assert (finding["rule_id"], finding["location"]["cell"], finding["location"]["cell_line"]) == ("SA109", 1, 6)


def test_notebook_cell_indented_as_a_whole_is_checked(run_cli, project):
    """A function's body pasted into a cell, every line indented alike, runs in IPython (it strips the shared
    indentation first): no syntax error, and its code is checked."""
    text = notebook(["    import os\n", "    for name in ['a', 'b']:\n", "        print(name)\n",
                     '    os.environ["PYTHONHASHSEED"] = "5"'])
    (project / "pasted.ipynb").write_text(text)
    _, out, _ = run_cli("check", project / "pasted.ipynb", "--no-cache", "-f", "json")
    [finding] = json.loads(out)["findings"]
    assert (finding["rule_id"], finding["location"]["cell"], finding["location"]["cell_line"]) == ("SA109", 1, 4)


TRAIN_CELL = ["%%time\n", "x = torch.load('embeddings.pt')\n", "y = torch.load('labels.pt')\n", "model = nn.Linear(x.shape[1], 2)\n",
              "opt = torch.optim.Adam(model.parameters(), lr=1e-3)\n", "for epoch in range(20):\n",
              "    loss = nn.functional.cross_entropy(model(x), y)\n", "    opt.zero_grad()\n", "    loss.backward()\n", "    opt.step()\n"]


def test_notebook_cells_are_parsed_one_by_one(run_cli, project):
    """Shell and file cells are no Python and are left out; %%capture and %%time bodies are Python (the seed and
    the training that make SA104 sit in them); a broken cell is one SA001 for that cell, and the rest is checked."""
    text = notebook(["import torch\n", "from torch import nn\n"],
                    ["%%bash\n", "for seed in 1 2 3; do\n", "  python train.py --seed $seed\n", "done\n"],
                    ["%%writefile config.yaml\n", "seed: [1, 2\n"],
                    ["%%capture\n", "!pip install -q torchmetrics\n", "files = !ls\n", "torch.manual_seed(8)\n"],
                    ["def broken(:\n", "    pass\n"],
                    TRAIN_CELL)
    (project / "cells.ipynb").write_text(text)

    def raw_line(needle: str) -> int:
        return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)

    code, out, _ = run_cli("check", project / "cells.ipynb", "--no-cache", "-f", "json")
    assert code == 1
    found = [(f["rule_id"], f["location"]["cell"], f["location"]["cell_line"], f["location"]["line"], f["message"])
             for f in json.loads(out)["findings"]]
    assert [f[:4] for f in found] == [("SA104", 4, 4, raw_line("torch.manual_seed(8)")), ("SA001", 5, 1, raw_line("def broken(:"))]
    assert found[1][4] == "cell 5 not checked: syntax error at line 1: invalid syntax"


def test_rules_table(run_cli):
    code, out, _ = run_cli("rules")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split()[:3] == ["ID", "NAME", "ENGINE"]
    [row] = [r for r in rows if r.startswith("SA109")]
    assert row.split()[:5] == ["SA109", "hashseed-in-process", "code", "warning", "high"]
    code, out, _ = run_cli("rules", "--engine", "meta", "--format", "json")
    assert {r["id"] for r in json.loads(out)} >= {"SA001", "SA002"}
    assert all(r["engine"] == "meta" for r in json.loads(out))


@pytest.mark.parametrize("token", ["SA109", "hashseed-in-process", "sa109"])
def test_rule_doc_by_id_or_name(run_cli, token):
    code, out, _ = run_cli("rule", token)
    assert code == 0
    assert out.startswith("# SA109 hashseed-in-process")
    assert "## Why is this bad?" in out and "# noqa: SA109" in out


def test_rule_doc_unknown(run_cli):
    code, _, err = run_cli("rule", "no-such-rule")
    assert code == 2 and "no-such-rule" in err and "Traceback" not in err


def _relative(line: str, root) -> str:
    return line.split(":")[0].removeprefix(f"{root}/")


def test_test_files_are_no_experiments_unless_asked_for(run_cli, project):
    (project / "tests").mkdir()
    (project / "tests" / "helpers.py").write_text(BAD)
    (project / "test_seeding.py").write_text(BAD)
    code, out, _ = run_cli("check", project, "--no-cache")
    assert [_relative(line, project) for line in out.splitlines() if "SA109" in line] == ["train.py"]
    (project / "pyproject.toml").write_text('[project]\nname = "demo"\n\n[tool.seedaudit]\ncheck-tests = true\n')
    code, out, _ = run_cli("check", project, "--no-cache")
    flagged = {_relative(line, project) for line in out.splitlines() if "SA109" in line}
    assert flagged == {"train.py", "test_seeding.py", "tests/helpers.py"}


def test_a_seed_study_named_like_a_test_is_checked_as_the_script_it_is(run_cli, project):
    study = ("import os\nimport random\n\n\ndef test_seeds():\n    for seed in range(5):\n"
             "        os.environ['PYTHONHASHSEED'] = str(seed)\n        random.seed(seed)\n        print(random.random())\n"
             "\n\nif __name__ == '__main__':\n    test_seeds()\n")
    (project / "test_seeds.py").write_text(study)  # run as a script: a `__main__` block, no test framework
    (project / "test_unit.py").write_text("import unittest\n" + study.replace("test_seeds()", "unittest.main()"))
    code, out, _ = run_cli("check", project, "--no-cache")
    flagged = {_relative(line, project) for line in out.splitlines() if "SA109" in line}
    assert flagged == {"train.py", "test_seeds.py"}


def test_check_tests_must_be_a_boolean(run_cli, project):
    (project / "pyproject.toml").write_text('[project]\nname = "demo"\n\n[tool.seedaudit]\ncheck-tests = "yes"\n')
    code, _, err = run_cli("check", project, "--no-cache")
    assert code == 2 and "check-tests must be true or false" in err
