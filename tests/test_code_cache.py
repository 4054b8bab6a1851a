"""The facts cache: warm runs match cold ones, edits (of the project or of seedaudit) invalidate, siblings reach the
project pass, bad or planted caches are ignored and never run code, paths print from the current folder."""
from __future__ import annotations

import json
import os
import pickle
import re
import shutil
from pathlib import Path

import pytest

from seedaudit import __version__
from seedaudit.code import cache as cache_module
from seedaudit.code.cache import code_hash
from seedaudit.code.engine import check_paths
from seedaudit.config import Config
from seedaudit.findings import Severity
from seedaudit.rules import Selection, all_rules, rules_dir

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
    assert list(folder.glob("facts-*"))


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


def cache_files(cache):
    """{"facts": path, "index": path}: the files the current code writes in `cache`."""
    return {p.name.split("-")[0]: p for p in cache.iterdir() if p.name != ".gitignore"}


@pytest.mark.parametrize("damage", [
    lambda data: b"",
    lambda data: b"not json {",
    lambda data: data[: len(data) // 2],
    lambda data: pickle.dumps({"index": {}, "findings": {}}),
    lambda data: re.sub(rb'"format":\d+', b'"format":-1', data),  # another format
    lambda data: re.sub(rb'"code":"\w+"', b'"code":"0"', data),  # another seedaudit code
], ids=["empty", "not-json", "truncated", "pickle", "other-format", "other-code"])
def test_a_corrupt_cache_file_is_ignored_and_replaced(project, tmp_path, damage):
    cache = tmp_path / "cache"
    cold = run([project], cache)
    files = cache_files(cache)
    assert sorted(files) == ["facts", "index"]
    for cache_file in files.values():
        cache_file.write_bytes(damage(cache_file.read_bytes()))
    again = run([project], cache)
    assert as_dicts(again) == as_dicts(cold)
    assert again.cache_hits == 0 and again.files_parsed == cold.files_parsed
    warm = run([project], cache)
    assert warm.files_parsed == 0 and as_dicts(warm) == as_dicts(cold)


def test_an_index_with_a_value_of_the_wrong_type_is_dropped(project, tmp_path):
    cache = tmp_path / "cache"
    cold = run([project], cache)
    index = cache_files(cache)["index"]
    message = json.dumps(next(f.message for f in cold.findings if f.rule_id == "SA109"))
    assert message in index.read_text()
    index.write_text(index.read_text().replace(message, "12345"))  # a number where the message was
    again = run([project], cache)
    assert again.cache_hits == 0 and as_dicts(again) == as_dicts(cold)


def test_facts_entries_of_an_unknown_type_or_a_wrong_field_type_are_misses(project, tmp_path):
    cache = tmp_path / "cache"
    run([project], cache)
    facts = cache_files(cache)["facts"]
    text = facts.read_text()
    first, second = [line for line in text.splitlines() if ":py\t" in line]  # train.py and helpers.py
    text = text.replace(first, first.replace('["FileFacts",', '["os.system",', 1))
    facts.write_text(text.replace(second, second.replace('"py"', "7", 1)))  # a number for the kind
    (project / "run.sh").write_text("python train.py --seed 2\n")  # the findings are computed again, from the facts
    edited = run([project], cache)
    assert edited.files_parsed == 2  # both damaged entries, parsed again
    assert as_dicts(edited) == as_dicts(run([project], None, use_cache=False))


@pytest.mark.parametrize("limit", ["_MAX_INDEX", "_MAX_FACTS", "_MAX_ENTRY"])
def test_cache_files_and_entries_too_big_to_be_ours_are_not_parsed(project, tmp_path, monkeypatch, limit):
    cache = tmp_path / "cache"
    run([project], cache)
    monkeypatch.setattr(cache_module, limit, 10)
    (project / "run.sh").write_text("python train.py --seed 2\n")  # the findings are computed again, from the facts
    edited = run([project], cache)
    assert edited.files_parsed == 2
    assert as_dicts(edited) == as_dicts(run([project], None, use_cache=False))


class _Plant:
    """Unpickling this creates `marker`: what a crafted cache in a cloned repository would do, harmlessly."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return open, (str(self.marker), "w")


def test_a_planted_pickle_is_never_unpickled(run_cli, project, tmp_path):
    marker = tmp_path / "code-ran"
    folder = project / ".seedaudit_cache"
    run_cli("check", project)
    names = {p.name for p in cache_files(folder).values()}  # the names this code uses, and the pickle era's
    names |= {f"{kind}-{__version__}-{number}.pickle" for kind in ("facts", "index") for number in range(1, 5)}
    for cwd, args in ((project.parent, ["check", project.name]), (project, ["check", "--force-exclude", "train.py"])):
        for name in names:
            (folder / name).write_bytes(pickle.dumps(_Plant(marker)))
        _, out, _ = run_cli(*args, cwd=cwd)
        assert not marker.exists()
        assert "SA109" in out


@pytest.fixture
def rules_copy(tmp_path, monkeypatch):
    """The rule files copied to a scratch folder and read from there, so a test can edit a rule."""
    copy = tmp_path / "rules"
    shutil.copytree(rules_dir(), copy)
    monkeypatch.setattr("seedaudit.rules.rules_dir", lambda: copy)
    forget_loaded_code()
    yield copy
    forget_loaded_code()


def forget_loaded_code():
    """What a new process would do: load the rules and hash seedaudit's code afresh."""
    all_rules.cache_clear()
    code_hash.cache_clear()


def test_an_edited_rule_is_not_answered_from_the_cache(project, tmp_path, rules_copy):
    cache = tmp_path / "cache"
    assert [f.severity for f in run([project], cache).findings if f.rule_id == "SA109"] == [Severity.WARNING]
    [rule] = rules_copy.glob("SA109-*.toml")
    rule.write_text(re.sub(r'(?m)^severity = "warning"$', 'severity = "error"', rule.read_text()))
    forget_loaded_code()
    assert [f.severity for f in run([project], cache).findings if f.rule_id == "SA109"] == [Severity.ERROR]


def test_the_code_hash_follows_seedaudit_python_code(tmp_path, monkeypatch, rules_copy):
    package = tmp_path / "seedaudit"
    shutil.copytree(Path(cache_module.__file__).parent.parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "_PACKAGE", package)
    before = code_hash()
    extractor = package / "code" / "extract.py"
    extractor.write_text(extractor.read_text() + "\n# an edit\n")
    forget_loaded_code()
    assert code_hash() != before


def two_configs(project):
    """Two model configs with one fixed seed: each SA101 message quotes the other file's path."""
    (project / "configs").mkdir()
    (project / "configs" / "a.yaml").write_text("model: resnet\nseed: 42\n")
    (project / "configs" / "b.yaml").write_text("model: vit\nseed: 42\n")


@pytest.mark.parametrize("output", ["text", "github", "sarif"])
def test_findings_cached_from_another_folder_print_paths_from_this_one(run_cli, project, output):
    two_configs(project)
    _, outside, _ = run_cli("check", project.name, "-f", output, cwd=project.parent)
    assert f"{project.name}/configs/b.yaml configures" in outside
    _, inside, _ = run_cli("check", ".", "-f", output, cwd=project)
    _, warm, _ = run_cli("check", ".", "-f", output)
    expected = run_cli("check", ".", "-f", output, "--no-cache")[1]
    assert inside == warm == expected
    assert "configs/b.yaml configures" in inside and f"{project.name}/" not in inside


def test_copies_of_a_file_get_their_own_paths_from_the_cache(project, tmp_path):
    cache = tmp_path / "cache"
    (project / "copy").mkdir()
    (project / "copy" / "train.py").write_text(TRAIN)
    cold = run([project], cache)
    paths = sorted(f.location.path for f in cold.findings if f.rule_id == "SA109")
    assert paths == [str(project / "copy" / "train.py"), str(project / "train.py")]
    from_facts = check_paths([project], Config(), Selection.build(select=["SA109"]), cache_dir=cache, jobs=1)
    assert from_facts.files_parsed == 0  # another selection: the findings come from the cached facts
    assert sorted(f.module for f in from_facts.project.files.values() if f.path.endswith("train.py")) == ["copy.train", "train"]
    assert [f.to_dict() for f in from_facts.findings] == [d for d in as_dicts(cold) if d["rule_id"] == "SA109"]


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
    [facts_file] = cache.glob("facts-*")
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


def test_decoders_rebuild_each_slot_and_reject_a_wrong_length_or_type():
    from seedaudit.code.codec import Invalid, decode
    from seedaudit.code.facts import Context, Expr

    expr = Expr("f(a)", "call", None, "f", ("a",))
    assert decode(tuple[int, Expr], [3, ["f(a)", "call", None, "f", ["a"]]]) == (3, expr)
    assert decode(list[Context], [["main", [1, 2], []]]) == [Context("main", (1, 2), ())]
    for tp, data in [(Context, ["main", [1]]), (tuple[int, str], [1, 2]), (Context, ["main", ["1"], []]),
                     (tuple[int, Expr], [3, ["f(a)", "call", None, "f", "a"]])]:
        with pytest.raises(Invalid):
            decode(tp, data)


def test_cached_facts_are_kept_from_the_collector_while_a_check_holds_them(project, tmp_path):
    import gc

    cache = tmp_path / "cache"
    run([project], cache)
    reader = cache_module.FactsCache(cache)
    digest = reader.digest_for(project / "helpers.py")
    with cache_module.facts_held():
        hit, facts = reader.get(digest, "py")
        assert hit and gc.get_freeze_count() > 0
        assert not any(obj is facts for obj in gc.get_objects())  # frozen: no collection scans it
    assert gc.get_freeze_count() == 0
    assert any(obj is facts for obj in gc.get_objects())
    run([project], cache)
    assert gc.get_freeze_count() == 0  # a check gives back what its reads froze


ESTIMATORS = """
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.model_selection import train_test_split

X = [[i, i % 3] for i in range(60)]
y = [i % 2 for i in range(60)]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=5)
forest = RandomForestClassifier(random_state=5).fit(X_train, y_train)
extra = ExtraTreesClassifier(random_state=5).fit(X_train, y_train)
print(forest.score(X_test, y_test), extra.score(X_test, y_test))
"""


def test_related_lines_are_quoted_when_the_facts_come_from_the_cache(project, tmp_path):
    """A sibling edit makes the checks run again on cached facts, which hold no source lines."""
    (project / "compare.py").write_text(ESTIMATORS.lstrip())
    cache = tmp_path / "cache"
    cold = run([project], cache)
    (project / "helpers.py").write_text(HELPERS + "\n# touched\n")
    warm = run([project], cache)
    assert warm.cache_hits >= 1
    quoted = [f.related_evidence for f in warm.findings if f.rule_id == "SA101"]
    assert quoted and all(text for texts in quoted for text in texts)
    assert quoted == [f.related_evidence for f in cold.findings if f.rule_id == "SA101"]


def test_a_launched_program_without_seed_words_is_read_and_cached_apart(tmp_path):
    """The prefilter skips Python with no word of randomness; a program a launch line runs is read anyway (its
    project modules may seed its runs), cached under its own kind, and a warm run reports the same."""
    root = tmp_path / "proj"
    (root / "lib").mkdir(parents=True)
    (root / "pyproject.toml").write_text('[project]\nname = "demo"\n')
    (root / "entry.py").write_text("import argparse\n\nfrom lib.fitting import fit\n\nparser = argparse.ArgumentParser()\n"
                                   "parser.add_argument('--model', default='linear')\nfit(parser.parse_args().model)\n")
    (root / "lib" / "__init__.py").write_text("")
    (root / "lib" / "fitting.py").write_text(
        "import torch\n\n\ndef fit(name):\n    torch.manual_seed(5)\n    model = torch.nn.Linear(4, 1) if name == 'linear' "
        "else torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 1))\n"
        "    torch.optim.SGD(model.parameters(), lr=0.1).step()\n    torch.save(model, f'{name}.pt')\n")
    (root / "compare.sh").write_text("python entry.py --model linear\npython entry.py --model mlp\n")
    cache = tmp_path / "cache"
    cold = run([root], cache)
    assert [(f["rule_id"], f["location"]["path"].endswith("entry.py")) for f in as_dicts(cold)
            if f["rule_id"] == "SA101"] == [("SA101", True)]
    warm = run([root], cache)
    assert warm.files_parsed == 0 and as_dicts(warm) == as_dicts(cold)
