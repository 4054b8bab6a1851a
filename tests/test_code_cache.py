"""The facts cache: warm runs match cold ones, edits invalidate, siblings reach the project pass, bad caches are ignored."""
from __future__ import annotations

import json
import os

import pytest

from seedaudit.code.engine import check_paths
from seedaudit.config import Config
from seedaudit.rules import Selection

TRAIN = 'import os\nimport random\nfrom helpers import set_seed\n\nos.environ["PYTHONHASHSEED"] = "0"\nset_seed(1)\nrandom.random()\n'
HELPERS = "import random\n\n\ndef set_seed(seed):\n    random.seed(seed)\n"


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "proj"
    root.mkdir()
    (root / "pyproject.toml").write_text('[project]\nname = "demo"\n')
    (root / "train.py").write_text(TRAIN)
    (root / "helpers.py").write_text(HELPERS)
    (root / "run.sh").write_text("python train.py --seed 1\n")
    return root


def run(paths, cache_dir, use_cache=True):
    return check_paths(list(paths), Config(), Selection.build(select=["ALL"]), cache_dir=cache_dir, use_cache=use_cache, jobs=1)


def as_dicts(outcome):
    return [f.to_dict() for f in outcome.findings]


def test_warm_run_gives_the_same_findings_without_parsing(project, tmp_path):
    cache = tmp_path / "cache"
    cold = run([project], cache)
    assert cold.files_parsed >= 2 and cold.cache_hits == 0
    warm = run([project], cache)
    assert warm.files_parsed == 0 and warm.cache_hits == cold.files_checked
    assert as_dicts(warm) == as_dicts(cold)
    assert any(f["rule_id"] == "SA109" for f in as_dicts(warm))
    assert as_dicts(run([project], None, use_cache=False)) == as_dicts(cold)


def test_default_cache_folder_is_at_the_project_root_and_git_ignored(run_cli, project, monkeypatch):
    monkeypatch.chdir(project.parent)
    run_cli("check", project / "train.py")
    folder = project / ".seedaudit_cache"
    assert folder.is_dir() and (folder / ".gitignore").read_text() == "*\n"
    assert list(folder.glob("facts-*.pickle"))


def test_no_cache_writes_nothing(run_cli, project):
    run_cli("check", project, "--no-cache")
    assert not (project / ".seedaudit_cache").exists()


def test_editing_a_file_invalidates_its_entry(project, tmp_path):
    cache = tmp_path / "cache"
    assert any(f.rule_id == "SA109" for f in run([project], cache).findings)
    (project / "train.py").write_text(TRAIN.replace('os.environ["PYTHONHASHSEED"] = "0"', 'print("PYTHONHASHSEED")'))
    edited = run([project], cache)
    assert edited.files_parsed == 1
    assert not any(f.rule_id == "SA109" for f in edited.findings)


def test_same_size_edit_with_a_new_mtime_is_seen(project, tmp_path):
    cache = tmp_path / "cache"
    path = project / "train.py"
    before = run([path], cache)
    assert [f.location.line for f in before.findings if f.rule_id == "SA109"] == [5]
    # the same bytes count, the finding moved one line down
    path.write_text(TRAIN.replace("import os\nimport random\n", "import random\nimport os\n").replace("\n\nos.environ", "\nos.environ", 1)
                    .replace("set_seed(1)\n", "\nset_seed(1)\n", 1))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert path.stat().st_size == len(TRAIN)
    after = run([path], cache)
    assert after.files_parsed == 1
    assert [f.location.line for f in after.findings if f.rule_id == "SA109"] == [4]


def test_a_sibling_change_reaches_the_project_pass(project, tmp_path):
    cache = tmp_path / "cache"
    first = run([project / "train.py"], cache)  # a pre-commit style run: only train.py is a target
    assert "helpers.set_seed" in first.project.helpers
    (project / "helpers.py").write_text(HELPERS.replace("set_seed", "make_noise").replace("random.seed(seed)", "return random.random()"))
    second = run([project / "train.py"], cache)
    assert second.files_parsed == 1  # only the edited sibling
    assert "helpers.set_seed" not in second.project.helpers
    # the target's own findings still come, from its cached facts
    assert [f.location.line for f in second.findings if f.rule_id == "SA109"] == [5]


@pytest.mark.parametrize("garbage", [b"", b"not a pickle", b"\x80\x05\x95 truncated", b"\x80\x05K\x01."])
def test_a_corrupt_cache_file_is_ignored_and_replaced(project, tmp_path, garbage):
    cache = tmp_path / "cache"
    cold = run([project], cache)
    files = sorted(cache.glob("*.pickle"))
    assert [f.name.split("-")[0] for f in files] == ["facts", "index"]
    for cache_file in files:
        cache_file.write_bytes(garbage)
    again = run([project], cache)
    assert as_dicts(again) == as_dicts(cold)
    assert again.cache_hits == 0 and again.files_parsed == cold.files_parsed
    warm = run([project], cache)
    assert warm.files_parsed == 0 and as_dicts(warm) == as_dicts(cold)


def test_an_unwritable_cache_folder_still_gives_findings(project, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    outcome = run([project], blocker / "cache")
    assert any(f.rule_id == "SA109" for f in outcome.findings)


def test_cli_warm_and_cold_output_match(run_cli, project, tmp_path):
    cache = tmp_path / "cli-cache"
    _, cold, _ = run_cli("check", project, "--cache-dir", cache, "-f", "json")
    _, warm, _ = run_cli("check", project, "--cache-dir", cache, "-f", "json")
    cold_data, warm_data = json.loads(cold), json.loads(warm)
    assert warm_data["findings"] == cold_data["findings"]
    assert warm_data["stats"]["parsed"] == 0 and warm_data["stats"]["cache_hits"] == cold_data["stats"]["files"]


def test_an_unchanged_project_is_answered_from_the_index_alone(project, tmp_path):
    cache = tmp_path / "cache"
    cold = run([project], cache)
    [facts_file] = cache.glob("facts-*.pickle")
    facts_file.write_bytes(b"")  # a warm run over an unchanged project must not even read the facts
    warm = run([project], cache)
    assert warm.files_parsed == 0 and as_dicts(warm) == as_dicts(cold)
    subset = run([project / "train.py"], cache)  # a pre-commit run over files already reported
    assert as_dicts(subset) == [d for d in as_dicts(cold) if d["location"]["path"].endswith("train.py")]


def test_an_unreadable_file_does_not_stop_warm_runs(project, tmp_path):
    cache = tmp_path / "cache"
    (project / "broken.py").write_text("import random\ndef f(:\n    random.seed(1)\n")
    cold = run([project], cache)
    assert any(f.rule_id == "SA001" for f in cold.findings)
    warm = run([project], cache)
    assert warm.files_parsed == 0 and warm.files_unreadable == 1 and as_dicts(warm) == as_dicts(cold)


def test_files_named_another_way_reuse_the_facts_of_a_folder_run(project, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.chdir(project)
    assert run([project], cache).files_parsed >= 2  # absolute folder path
    named = run([project.joinpath("train.py").relative_to(project)], cache)  # then one file, relative
    assert named.files_parsed == 0 and named.cache_hits >= 2
    assert any(f["rule_id"] == "SA109" for f in as_dicts(named))


def test_an_edit_rewrites_the_facts_of_that_file_only(project, tmp_path):
    cache = tmp_path / "cache"
    run([project], cache)
    (project / "helpers.py").write_text(HELPERS + "\n\ndef unused():\n    return 1\n")
    edited = run([project], cache)
    assert edited.files_parsed == 1
    again = run([project], cache)
    assert again.files_parsed == 0 and as_dicts(again) == as_dicts(edited)
