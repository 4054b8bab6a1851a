"""The reproductions in examples/ (and the McCaffrey demo they reference), end to end with a few seeds: the
comparison and consistency figures the README shows exist and are sane."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

pytestmark = pytest.mark.slow


def run_example(tmp_path: Path, folder: Path, seeds: int, *args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "seedaudit", "rerun", "-C", str(folder), "--store", str(tmp_path / "s.sqlite"),
         "--seeds", str(seeds), "--jobs", "2", "--no-progress", "--exit-zero", "-f", "json", "--resamples", "1000",
         *args], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)["rerun"]


def sites(rerun: dict, config: str) -> dict[str, str]:
    return {f"{s['call']} {s['site'].split(':')[0]}": s["action"] for s in rerun["study"]["seed_sites"][config]}


def test_mccaffrey_demo_varies_its_hard_coded_seed_without_editing(tmp_path):
    rerun = run_example(tmp_path, ROOT / "corpus" / "demo" / "code", 3, "--name", "mccaffrey",
                  "--", sys.executable, "train.py", "--model", "a")
    summary = rerun["metrics"]["accuracy"]["configs"]["mccaffrey"]
    assert summary["n"] == 3 and all(0.3 < v < 1.0 for v in summary["values"])
    assert sites(rerun, "mccaffrey") == {"torch.manual_seed train.py": "varied"}
    figures = rerun["consistency"]["mccaffrey"]
    assert figures["examples"] == 40 and 0.0 <= figures["consistency"] <= 1.0
    assert figures["always_right"] + figures["flipping"] + figures["always_wrong"] == 40


def test_zhou_consistency_study_keeps_the_data_and_measures_both_configurations(tmp_path):
    rerun = run_example(tmp_path, EXAMPLES, 3, "--config", f"small={sys.executable} zhou_consistency.py --hidden 4",
                  "--config", f"wide={sys.executable} zhou_consistency.py --hidden 16")
    for name in ("small", "wide"):
        assert sites(rerun, name) == {"numpy.random.default_rng tinynet.py": "kept",
                                      "numpy.random.default_rng zhou_consistency.py": "varied"}
        figures = rerun["consistency"][name]
        assert figures["runs"] == 3 and figures["examples"] == 200
        assert 0.5 < figures["consistency"] < 1.0 and 0.0 < figures["mean_pairwise_churn"] < 0.5
    assert rerun["metrics"]["accuracy"]["pairs"][0]["a"] == "small"


def test_bethard_comparison_inside_one_script_is_a_pair(tmp_path):
    rerun = run_example(tmp_path, EXAMPLES, 4, "--compare", "acc_A,acc_B", "--", sys.executable, "bethard_compare.py")
    pair = rerun["metrics"]["acc"]["pairs"][0]
    assert (pair["a"], pair["b"]) == ("A", "B") and 0.0 <= pair["single_seed_risk"] <= 0.5
    assert 0.0 <= pair["p_a_better"] <= 1.0 and pair["mean_diff_ci"][0] <= pair["mean_diff"] <= pair["mean_diff_ci"][1]
    assert sites(rerun, "main")["numpy.random.default_rng bethard_compare.py"] in ("kept", "varied")
    kept = [s for s in rerun["study"]["seed_sites"]["main"] if s["action"] == "kept"]
    assert [s["site"] for s in kept] == ["bethard_compare.py:13"]


def test_audit_finds_the_comparison_inside_the_bethard_script(tmp_path):
    code = tmp_path / "code"
    code.mkdir()
    for name in ("bethard_compare.py", "tinynet.py"):
        shutil.copy(EXAMPLES / name, code / name)
    out = tmp_path / "audit.json"
    proc = subprocess.run([sys.executable, "-m", "seedaudit", "audit", "--code", str(code), "--rerun", "--seeds", "3",
                           "--jobs", "2", "--json", str(out), "--exit-zero"],
                          capture_output=True, text=True, timeout=900, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    rerun = json.loads(out.read_text())["rerun"]
    assert [(p["a"], p["b"]) for p in rerun["metrics"]["acc"]["pairs"]] == [("A", "B")]
