"""What injection varies: training seeds vary, data seeds are kept (--vary, --keep), and the report says
which; consistency is refused when the runs scored different examples."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from seedaudit.errors import ConfigError
from seedaudit.rerun import stats
from seedaudit.rerun.datasites import analyse_program
from seedaudit.rerun.keep import KeepRule, parse_keep
from seedaudit.rerun.plan import SHIM_DIR
from seedaudit.rerun.study import make_configuration

PROGRAMS = Path(__file__).parent / "fixtures" / "rerun" / "compare"


def kept(tmp_path: Path, code: str, **files: str) -> dict[int, str]:
    """Kept lines of `code` (as main.py) -> the reason."""
    (tmp_path / "main.py").write_text(textwrap.dedent(code))
    for name, text in files.items():
        (tmp_path / f"{name}.py").write_text(textwrap.dedent(text))
    found = analyse_program(make_configuration("c", "python main.py", inject=True), str(tmp_path))
    return {rule.lines[0]: rule.why for rule in found.rules if rule.path == "main.py"}


def test_a_generator_that_builds_the_data_is_kept_and_the_training_seeds_vary(tmp_path):
    rules = kept(tmp_path, """\
        import numpy as np
        import torch
        rng = np.random.default_rng(7)
        X = rng.normal(size=(200, 6))
        y = (X[:, 0] + rng.normal(size=200) > 0).astype(int)
        torch.manual_seed(1)
        init = np.random.default_rng(3)
        W1 = init.normal(size=(6, 10))
        order_rng = np.random.RandomState(5)
        model = train(X, y, order_rng)
        """)
    assert list(rules) == [3] and "X = rng.normal" in rules[3]


def test_data_splits_data_functions_and_splitters_are_kept(tmp_path):
    rules = kept(tmp_path, """\
        import numpy as np
        from sklearn.model_selection import KFold, train_test_split
        def make_data(seed):
            g = np.random.default_rng(seed)
            return g.normal(size=(10, 2))
        X = make_data(0)
        X_tr, X_te = train_test_split(X, test_size=0.2, random_state=3)
        kf = KFold(5, shuffle=True, random_state=0)
        for tr, te in kf.split(X):
            pass
        clf = RandomForestClassifier(random_state=0)
        """)
    assert sorted(rules) == [3, 7, 8, 9]
    assert "make_data()" in rules[3] and "train_test_split" in rules[7] and "kf.split" in rules[9]


def test_a_generator_used_for_data_and_the_model_varies(tmp_path):
    assert kept(tmp_path, """\
        import numpy as np
        rng = np.random.default_rng(7)
        X = rng.normal(size=(200, 6))
        weights = rng.normal(size=(6, 3))
        """) == {}


def test_unclassified_uses_keep_a_data_generator_and_say_so(tmp_path):
    rules = kept(tmp_path, """\
        import numpy as np
        rng = np.random.default_rng(7)
        X = rng.normal(size=(200, 6))
        idx = rng.permutation(200)
        """)
    assert "unsure: also used at line 4, kept" in rules[2]


def test_local_modules_are_read_and_data_drawn_from_a_varied_global_rng_is_a_note(tmp_path):
    (tmp_path / "main.py").write_text("import numpy as np\nfrom data import load_table\nnp.random.seed(0)\n"
                                      "X = np.random.randn(10, 3)\n")
    (tmp_path / "data.py").write_text("import numpy as np\ndef load_table():\n    rng = np.random.default_rng(1)\n"
                                      "    return rng.normal(size=3)\n")
    found = analyse_program(make_configuration("c", "python main.py", inject=True), str(tmp_path))
    assert [(r.path, r.lines) for r in found.rules] == [("data.py", (2, 4))]
    assert found.notes and "main.py:4 draws the data from the global numpy RNG" in found.notes[0]


@pytest.mark.parametrize("spec, rule", [
    ("train.py:12", KeepRule("--keep train.py:12", path="train.py", lines=(12, 12))),
    ("./src/data.py:3-9", KeepRule("--keep ./src/data.py:3-9", path="src/data.py", lines=(3, 9))),
    ("data.py", KeepRule("--keep data.py", path="data.py")),
    ("numpy.random.default_rng", KeepRule("--keep numpy.random.default_rng", call="numpy.random.default_rng")),
])
def test_keep_specs(spec, rule):
    assert parse_keep(spec) == rule


@pytest.mark.parametrize("spec", ["train.py:0", "train.py:9-3", "not a site!", ""])
def test_bad_keep_is_one_line(spec):
    with pytest.raises(ConfigError, match="--keep") as caught:
        parse_keep(spec)
    assert "\n" not in str(caught.value)


def test_the_shim_keeps_a_call_made_under_a_kept_line_or_by_a_kept_name(tmp_path):
    (tmp_path / "prog.py").write_text(textwrap.dedent("""\
        import json, random
        def helper(seed):
            return random.Random(seed).random()
        data = helper(7)
        model = helper(8)
        random.seed(3)
        print(json.dumps([data, model, random.random()]))
        """))

    def values(keep: list) -> list:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SEEDAUDIT_")}
        env.update(PYTHONPATH=SHIM_DIR, SEEDAUDIT_OUT=str(tmp_path), SEEDAUDIT_INJECT_SEED="5",
                   SEEDAUDIT_KEEP=json.dumps(keep))
        proc = subprocess.run([sys.executable, "prog.py"], cwd=tmp_path, env=env, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)

    import random
    own = [random.Random(7).random(), random.Random(8).random()]
    by_line = values([["prog.py", 4, 4, None, "data"]])
    assert by_line[0] == own[0] and by_line[1] != own[1]  # the caller's line keeps the helper's seeding call
    by_name = values([[None, None, None, "seed", "--keep seed"]])
    random.seed(3)
    assert by_name[2] == random.random() and by_name[0] != own[0]
    log = [json.loads(line) for line in (tmp_path / "seeds.jsonl").read_text().splitlines()]
    assert {e["call"]: e.get("kept") for e in log[-3:]} == {"random.Random": None, "random.seed": "--keep seed"}


def test_consistency_is_refused_when_the_runs_labelled_other_examples():
    same = stats.consistency([[1, 0, 1], [1, 1, 1]], [1, 0, 1], [[1, 0, 1], [1, 0, 1]])
    assert same.measured and same.consistency == pytest.approx(2 / 3)
    moved = stats.consistency([[1, 0, 1], [1, 1, 1]], [1, 0, 1], [[1, 0, 1], [0, 0, 1]])
    assert not moved.measured and "true labels differ across runs (1 of 2" in moved.refused


def _rerun(tmp_path: Path, *extra: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "seedaudit", "rerun", "-C", str(PROGRAMS), "--store", str(tmp_path / "s.sqlite"),
         "--seeds", "4", "--jobs", "2", "--no-progress", "--exit-zero", "-f", "json", "--resamples", "500",
         "--compare", "acc_A,acc_B", *extra, "--", sys.executable, "compare_in_one.py"],
        capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)["rerun"]


def test_by_default_the_data_seed_is_kept_and_consistency_is_measured(tmp_path):
    rerun = _rerun(tmp_path)
    sites = {s["call"]: s for s in rerun["study"]["seed_sites"]["main"]}
    assert sites["random.Random"]["action"] == "kept" and "builds the data" in sites["random.Random"]["why"]
    assert sites["random.Random"]["site"] == "compare_in_one.py:13"
    assert sites["random.seed"]["action"] == "varied"
    assert rerun["study"]["configs"][0]["vary"] == "training"
    assert rerun["consistency"]["main"]["examples"] == 40 and rerun["consistency"]["main"]["runs"] == 4


def test_vary_all_changes_the_data_and_consistency_is_refused_with_the_reason(tmp_path):
    rerun = _rerun(tmp_path, "--vary", "all")
    assert {s["action"] for s in rerun["study"]["seed_sites"]["main"]} == {"varied"}
    assert "true labels differ across runs" in rerun["consistency"]["main"]["refused"]


def test_keeping_every_seed_is_said(tmp_path):
    rerun = _rerun(tmp_path, "--keep", "random.seed", "--keep", "nowhere.py")
    notes = rerun["study"]["notes"]
    assert any("every seeding call was kept" in n for n in notes)
    assert any("--keep nowhere.py kept no seeding call" in n for n in notes)
