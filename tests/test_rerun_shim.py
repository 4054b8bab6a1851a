"""The sitecustomize shim: intercepts every library's seeding, reaches children, logs sites, chains."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from seedaudit.rerun.plan import SHIM_DIR

FIXTURES = Path(__file__).parent / "fixtures" / "rerun"
PROGRAM = FIXTURES / "programs" / "seed_everything.py"
FAKELIBS = FIXTURES / "fakelibs"


def run(tmp_path: Path, *, inject: str | None = None, active: bool = True, shim: bool = True,
        extra_path: list[Path] | None = None, code: str | None = None) -> tuple[dict | str, list[dict]]:
    out = Path(tempfile.mkdtemp(dir=tmp_path))
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEEDAUDIT_")}
    paths = ([SHIM_DIR] if shim else []) + [str(p) for p in (extra_path or [])] + [str(FAKELIBS)]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    if active:
        env["SEEDAUDIT_OUT"] = str(out)
    if inject is not None:
        env["SEEDAUDIT_INJECT_SEED"] = inject
    argv = [sys.executable, "-c", code] if code else [sys.executable, str(PROGRAM)]
    proc = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    log = out / "seeds.jsonl"
    calls = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    return (proc.stdout.strip() if code else json.loads(proc.stdout.splitlines()[-1])), calls


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("shim")
    return {
        "plain": run(tmp, shim=False),
        "own": run(tmp),
        "inject5": run(tmp, inject="5"),
        "inject5-again": run(tmp, inject="5"),
        "inject6": run(tmp, inject="6"),
        "inactive": run(tmp, active=False),
    }


VALUE_KEYS = ("random", "np_legacy", "np_rng", "np_state", "np_pcg", "np_seq", "torch", "torch_gen", "jax",
              "transformers", "lightning", "accelerate", "child")


def test_without_injection_the_program_is_unchanged(outcomes):
    plain, _ = outcomes["plain"]
    assert outcomes["own"][0] == plain
    assert outcomes["inactive"][0] == plain
    assert outcomes["inactive"][1] == []  # no SEEDAUDIT_OUT: no log, nothing patched


@pytest.mark.parametrize("key", VALUE_KEYS)
def test_injection_changes_every_library_and_reproduces(outcomes, key):
    plain = outcomes["plain"][0][key]
    five, again, six = (outcomes[k][0][key] for k in ("inject5", "inject5-again", "inject6"))
    assert five != plain
    assert five == again
    assert five != six


def test_tensorflow_seeds_are_mixed(outcomes):
    assert outcomes["plain"][0]["tf"] == [["tf.random.set_seed", 1], ["tf.random.set_seed", 1]]
    mixed = outcomes["inject5"][0]["tf"]
    assert all(seed != 1 for _, seed in mixed)


def test_replaced_classes_still_pass_isinstance(outcomes):
    assert outcomes["inject5"][0]["isinstance"] == [True, True]


def test_every_seeding_call_is_logged_once_at_its_call_site(outcomes):
    _, calls = outcomes["own"]
    lines = PROGRAM.read_text().splitlines()
    names = [c["call"] for c in calls if c["pid"] == calls[0]["pid"]]
    assert names == [
        "random.seed", "numpy.random.seed", "numpy.random.default_rng", "numpy.random.RandomState",
        "numpy.random.PCG64", "numpy.random.SeedSequence", "torch.manual_seed", "torch.Generator.manual_seed",
        "torch.cuda.manual_seed_all", "tf.random.set_seed", "tf.keras.utils.set_random_seed", "jax.random.PRNGKey",
        "transformers.set_seed", "lightning.seed_everything", "accelerate.utils.set_seed",
    ]
    for call in calls:
        path, line = call["site"].rsplit(":", 1)
        if call["pid"] == calls[0]["pid"]:
            assert Path(path) == PROGRAM
            assert call["call"].rsplit(".", 1)[1] in lines[int(line) - 1]
        assert call["original"] == 1 and call["used"] == 1 and not call["injected"]


def test_child_processes_are_reached_and_logged(outcomes):
    _, calls = outcomes["inject5"]
    pids = {c["pid"] for c in calls}
    assert len(pids) == 2
    child = [c for c in calls if c["pid"] != calls[0]["pid"]]
    assert [c["call"] for c in child] == ["random.seed"] and child[0]["used"] != 1 and child[0]["injected"]


def test_distinct_seeds_stay_distinct_and_logged_values_are_used(outcomes):
    _, calls = outcomes["inject5"]
    used = {c["call"]: c["used"] for c in calls}
    assert used["random.seed"] == used["torch.manual_seed"]  # the same original seed maps to the same value
    assert all(isinstance(c["used"], int) and 0 <= c["used"] < 2**31 for c in calls)


def test_shadowed_sitecustomize_still_runs(tmp_path):
    code = "import os; print(os.environ.get('SHADOWED_SITECUSTOMIZE_RAN'))"
    out, _ = run(tmp_path, code=code, extra_path=[FIXTURES / "shadowed"])
    assert out == "yes"
    out, _ = run(tmp_path, code=code, active=False, extra_path=[FIXTURES / "shadowed"])
    assert out == "yes"


def test_unseeded_generators_are_left_alone(tmp_path):
    code = "import numpy as np, random; np.random.default_rng(); random.Random(); print('ok')"
    out, calls = run(tmp_path, code=code, inject="3")
    assert out == "ok" and calls == []
