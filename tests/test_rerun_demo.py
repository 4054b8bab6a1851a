"""The demo experiment (corpus/demo/code): reproducible data, a metric the rerunner reads, seed spread."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[1] / "corpus" / "demo" / "code"


def test_generated_data_is_reproducible_and_small(tmp_path):
    subprocess.run([sys.executable, str(DEMO / "make_data.py"), str(tmp_path)], check=True)
    for name, rows in (("train.csv", 200), ("test.csv", 40)):
        assert (tmp_path / name).read_bytes() == (DEMO / "data" / name).read_bytes()
        lines = (DEMO / "data" / name).read_text().splitlines()
        assert lines[0] == "sex,age,state,income,plan" and len(lines) == rows + 1
        assert {line.rsplit(",", 1)[1] for line in lines[1:]} == {"basic", "plus", "premium"}


def test_launcher_compares_both_models_under_one_fixed_seed():
    launcher = (DEMO / "run_experiments.sh").read_text()
    assert "--model a" in launcher and "--model b" in launcher and "seed" not in launcher.split("\n", 2)[2]
    assert "torch.manual_seed(1)" in (DEMO / "train.py").read_text()


def _rerun(tmp_path: Path, seeds: int, fmt: str = "json") -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "seedaudit", "rerun", "-C", str(DEMO), "--store", str(tmp_path / "demo.sqlite"),
         "--seeds", str(seeds), "--jobs", "2", "--no-progress", "--exit-zero", "-f", fmt, "--resamples", "2000",
         "--config", "a=python train.py --model a", "--config", "b=python train.py --model b"],
        capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_injected_seeds_move_the_demo_accuracy(tmp_path):
    data = _rerun(tmp_path, seeds=3)
    rerun = data["rerun"]
    accuracy = rerun["metrics"]["accuracy"]
    for name in "ab":
        values = accuracy["configs"][name]["values"]
        assert len(values) == 3 and all(0.3 < v < 1.0 for v in values)
    assert rerun["consistency"]["a"]["examples"] == 40
    sites = rerun["study"]["seed_sites"]["a"]
    assert sites[0]["call"] == "torch.manual_seed" and sites[0]["original"] == 1
    assert sites[0]["site"].startswith("train.py:")


@pytest.mark.slow
def test_ten_seeds_show_a_wide_spread_and_ranking_flips(tmp_path):
    data = _rerun(tmp_path, seeds=10)
    accuracy = data["rerun"]["metrics"]["accuracy"]
    for name in "ab":
        summary = accuracy["configs"][name]
        assert summary["n"] == 10 and summary["max"] - summary["min"] >= 0.05
    assert accuracy["pairs"][0]["single_seed_risk"] >= 0.2
    assert any(f["rule_id"] == "SA402" for f in data["findings"])
