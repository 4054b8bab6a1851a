"""`[tool.seedaudit]` in pyproject.toml: found upward, every key honoured, every mistake one line and exit 2."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedaudit.code.engine import check_paths
from seedaudit.config import load_config
from seedaudit.rules import Selection

BAD = 'import os\nos.environ["PYTHONHASHSEED"] = "0"\n'


def make(tmp_path, table: str = "", files: dict[str, str] | None = None):
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "pyproject.toml").write_text(f'[project]\nname = "demo"\n\n[tool.seedaudit]\n{table}\n')
    for name, text in (files or {"train.py": BAD}).items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def reported(run_cli, *args) -> set[str]:
    """Paths (relative, posix) with an SA109 finding."""
    _, out, _ = run_cli("check", *args, "--no-cache", "-f", "json")
    return {f["location"]["path"].replace("\\", "/") for f in json.loads(out)["findings"] if f["rule_id"] == "SA109"}


def test_config_is_found_upward_from_a_nested_file(run_cli, tmp_path):
    make(tmp_path, 'ignore = ["SA109"]', {"src/deep/er/train.py": BAD})
    assert load_config([tmp_path / "src" / "deep" / "er" / "train.py"]).ignore == ("SA109",)
    code, _, _ = run_cli("check", tmp_path / "src" / "deep" / "er" / "train.py", "--no-cache")
    assert code == 0
    # and without the ignore, the same file is reported
    make(tmp_path, "")
    assert run_cli("check", tmp_path / "src" / "deep" / "er" / "train.py", "--no-cache")[0] == 1


def test_config_file_option(run_cli, tmp_path):
    project = make(tmp_path / "p")
    other = tmp_path / "other.toml"
    other.write_text('[tool.seedaudit]\nselect = ["SA108"]\n')
    assert run_cli("check", project, "--no-cache", "--config", other)[0] == 0


@pytest.mark.parametrize("table,expected", [
    ('select = ["SA108"]', 0),
    ('select = ["SA10"]', 1),
    ('select = ["hashseed-in-process"]', 1),
    ('ignore = ["hashseed-in-process"]', 0),
    ('ignore = "SA1"', 0),
    ('fail-on = "error"', 0),
    ('min-severity = "error"', 0),
    ('min-confidence = "high"', 1),
])
def test_selection_and_thresholds(run_cli, tmp_path, table, expected):
    assert run_cli("check", make(tmp_path, table), "--no-cache")[0] == expected


def test_cli_select_overrides_config_select(run_cli, tmp_path):
    project = make(tmp_path, 'select = ["SA108"]')
    assert run_cli("check", project, "--no-cache", "--select", "SA109")[0] == 1


def test_per_file_ignores_globs(run_cli, tmp_path, monkeypatch):
    project = make(tmp_path / "proj", '[tool.seedaudit.per-file-ignores]\n"scripts/*.py" = ["SA109"]\n"notebook_*.py" = ["hashseed-in-process"]',
                   {"train.py": BAD, "scripts/launch.py": BAD, "scripts/sub/deeper.py": BAD, "notebook_a.py": BAD,
                    "tools/notebook_b.py": BAD, "tools/run.py": BAD})
    expected = {"train.py", "tools/run.py"}  # `*` crosses folders (fnmatch, as ruff's globs); a bare name matches anywhere
    def in_project(found):
        return {Path(p).resolve().relative_to(project.resolve()).as_posix() for p in found}

    assert in_project(reported(run_cli, project)) == expected
    # the globs are relative to the project, whatever the working folder
    monkeypatch.chdir(project / "scripts")
    assert in_project(reported(run_cli, project)) == expected


def test_exclude_skips_folders_unless_named_and_not_forced(run_cli, tmp_path):
    project = make(tmp_path, 'exclude = ["legacy", "*_old.py"]',
                   {"train.py": BAD, "legacy/run.py": BAD, "train_old.py": BAD})
    assert {p.rsplit("/", 1)[-1] for p in reported(run_cli, project)} == {"train.py"}
    # a file named on the command line is checked anyway, as ruff does, unless --force-exclude (pre-commit)
    assert reported(run_cli, project / "legacy" / "run.py")
    assert not reported(run_cli, project / "legacy" / "run.py", "--force-exclude")
    assert not reported(run_cli, project / "train_old.py", "--force-exclude")


def test_extend_exclude(run_cli, tmp_path):
    project = make(tmp_path, 'extend-exclude = ["gen"]', {"train.py": BAD, "gen/x.py": BAD})
    assert {p.rsplit("/", 1)[-1] for p in reported(run_cli, project)} == {"train.py"}


def test_seeding_helpers_reach_the_project_pass(tmp_path):
    project = make(tmp_path, 'seeding-helpers = ["mylib.seeding.fix_everything"]', {"train.py": "import random\nrandom.seed(0)\n"})
    outcome = check_paths([project], load_config([project]), Selection.build(), use_cache=False)
    assert "mylib.seeding.fix_everything" in outcome.project.helpers
    assert outcome.project.helpers["mylib.seeding.fix_everything"]


def test_target_torch_version_from_config_and_cli(run_cli, tmp_path):
    project = make(tmp_path, 'target-torch-version = "1.8"', {"train.py": "import random\nrandom.seed(0)\n"})
    config = load_config([project])
    assert check_paths([project], config, Selection.build(), use_cache=False).project.torch_version == (1, 8)
    override = config.with_overrides(target_torch_version="2.1")
    assert check_paths([project], override, Selection.build(), use_cache=False).project.torch_version == (2, 1)
    assert run_cli("check", project, "--no-cache", "--target-torch-version", "2.1")[0] == 0


@pytest.mark.parametrize("table,words", [
    ('colour = "always"', "unknown key 'colour'"),
    ("select = 5", "select must be a string or a list of strings"),
    ('select = ["SA1", 3]', "select must be a string or a list of strings"),
    ('select = ["no-such-rule"]', "no-such-rule"),
    ('fail-on = "fatal"', "fail-on"),
    ('min-confidence = "sure"', "min-confidence"),
    ('target-torch-version = "latest"', "target-torch-version must look like"),
    ("max-file-bytes = -1", "max-file-bytes must be a positive integer"),
    ('per-file-ignores = "tests/*"', "per-file-ignores must be a table"),
    ('[tool.seedaudit.per-file-ignores]\n"a.py" = ["SA9999"]', "SA9999"),
    ("select = [", "cannot read configuration"),
])
def test_bad_configuration_is_one_line_and_exit_2(run_cli, tmp_path, table, words):
    project = make(tmp_path, table)
    code, out, err = run_cli("check", project, "--no-cache")
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in err, err


def test_bad_cli_torch_version_is_exit_2(run_cli, tmp_path):
    code, _, err = run_cli("check", make(tmp_path), "--no-cache", "--target-torch-version", "new")
    assert code == 2 and len(err.strip().splitlines()) == 1
