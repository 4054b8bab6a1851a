"""The real pre-commit hook: `pre-commit try-repo <this repo> seedaudit` builds the package into a venv and runs it.

Offline on purpose: the hook's virtualenv sees the system site-packages (where libcst, click and jinja2
are installed), pip may use no index, and the build uses the installed setuptools instead of an
isolated build environment (which would have to download it).
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pre-commit") is None or shutil.which("git") is None, reason="needs pre-commit and git"),
]

OFFLINE = {"VIRTUALENV_SYSTEM_SITE_PACKAGES": "1", "PIP_NO_INDEX": "1", "PIP_NO_BUILD_ISOLATION": "0"}
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
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_INDEX", "PIP_EXTRA_INDEX"))}
    env.update(OFFLINE, PRE_COMMIT_HOME=str(home))
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
