"""The real pre-commit hook: `pre-commit try-repo <this repo> seedaudit` builds the package into a venv and runs it.

The hook environment is built as pre-commit builds it for a user: a fresh virtualenv from the base
interpreter, with seedaudit's dependencies (libcst, click, jinja2) installed by pip from the configured
package index. An earlier version made it offline by letting that virtualenv see the base interpreter's
site-packages, which only worked on machines where the base interpreter happened to have libcst: in a
fresh virtual environment (as CI builds) it had none.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pre-commit") is None or shutil.which("git") is None, reason="needs pre-commit and git"),
]

TRAIN = 'import os\n\n\nos.environ["PYTHONHASHSEED"] = "0"\n'


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    """One pre-commit home for the module, so the hook environment is built once."""
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def repo(tmp_path):
    def git(*args):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "dev@example.invalid")
    git("config", "user.name", "dev")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\n\n[tool.seedaudit]\nexclude = ["vendored"]\n')
    (tmp_path / "train.py").write_text(TRAIN)
    (tmp_path / "vendored").mkdir()
    (tmp_path / "vendored" / "lib.py").write_text(TRAIN)
    (tmp_path / "notes.txt").write_text("not code\n")
    git("add", ".")
    git("commit", "-q", "-m", "init")
    return tmp_path


def try_repo(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PRE_COMMIT_HOME=str(home))
    return subprocess.run(["pre-commit", "try-repo", str(ROOT), "seedaudit", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=600)


def test_hook_reports_the_finding_and_fails(repo, home):
    done = try_repo(repo, home, "--all-files")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "seedaudit" in output and "Failed" in output
    assert "train.py:4:1: SA109 hashseed-in-process" in output
    assert "vendored/lib.py" not in output  # --force-exclude applies the configured exclude to passed files


def test_hook_passes_when_the_only_file_is_excluded(repo, home):
    done = try_repo(repo, home, "--files", "vendored/lib.py")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Passed" in output


def test_hook_is_skipped_with_no_matching_files(repo, home):
    done = try_repo(repo, home, "--files", "notes.txt")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "no files to check" in output and "Skipped" in output


def test_hook_passes_once_fixed(repo, home):
    (repo / "train.py").write_text('import os\n\nprint(os.environ.get("PYTHONHASHSEED"))\n')
    done = try_repo(repo, home, "--files", "train.py")
    assert done.returncode == 0, done.stdout + done.stderr


SUMMARY = re.compile(r"^(Found \d+ findings? \(.*\)|No findings) in \d+ files?\.$", re.MULTILINE)
FINDING = re.compile(r"^\S+:\d+:\d+: SA\d{3} .*$", re.MULTILINE)


def local_hook_config() -> str:
    """This repository's hook as a `repo: local`, `language: system` hook running the installed seedaudit.

    `language: python` (try-repo above) builds a hook environment from the base interpreter, which has
    no libcst unless pip may download it; the system hook needs no network and keeps every other field
    of .pre-commit-hooks.yaml (the file filter, require_serial), so it is the manifest that is tested.
    """
    yaml = pytest.importorskip("yaml")
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    program, *args = shlex.split(hook["entry"])
    assert program == "seedaudit"
    hook.update(language="system", entry=shlex.join([sys.executable, "-m", "seedaudit", *args]))
    return json.dumps({"repos": [{"repo": "local", "hooks": [hook]}]})  # JSON is YAML


def test_many_files_are_one_run_with_one_summary(tmp_path):
    """`require_serial: true`: pre-commit starts seedaudit once with every file, so there is one summary.

    Without it pre-commit splits the files into one batch per CPU (at least 4 files each), every batch a
    process with its own summary; TRAVIS=1 makes pre-commit count 2 CPUs, so the split would happen on
    any machine. (pre-commit also splits a command line over 128 KiB, serial or not: no hook can help that.)
    The findings are those of one direct `seedaudit check` of the repository.
    """
    def git(*args):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "dev@example.invalid")
    git("config", "user.name", "dev")
    (tmp_path / ".pre-commit-config.yaml").write_text(local_hook_config())
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\n')
    for folder in ("models", "experiments"):
        (tmp_path / folder).mkdir()
        for i in range(12):
            body = TRAIN if i % 4 == 0 else f"import random\n\n\ndef pick(items):\n    return random.choice(items)  # {i}\n"
            (tmp_path / folder / f"{folder}_variant_{i:02d}_with_a_descriptive_name.py").write_text(body)
    git("add", ".")
    git("commit", "-q", "-m", "init")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), TRAVIS="1")
    done = subprocess.run(["pre-commit", "run", "--all-files"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    hook = done.stdout + done.stderr
    assert done.returncode == 1, hook
    assert SUMMARY.findall(hook) == ["Found 6 findings (6 warning)"], hook
    direct = subprocess.run([sys.executable, "-m", "seedaudit", "check", ".", "--no-cache"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert sorted(FINDING.findall(hook)) == sorted(FINDING.findall(direct.stdout)) != []
