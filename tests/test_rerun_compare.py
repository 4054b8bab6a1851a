"""Systems compared inside one run (a script that trains A and B under one seed) become configurations."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from seedaudit.errors import ConfigError
from seedaudit.rerun import metrics, stats
from seedaudit.rerun.systems import compare_by_system_names, parse_compare, split

PROGRAMS = Path(__file__).parent / "fixtures" / "rerun" / "compare"


@pytest.mark.parametrize("spec, metric, systems", [
    ("acc_A,acc_B", "acc", {"acc_A": "A", "acc_B": "B"}),
    ("A_acc,B_acc", "acc", {"A_acc": "A", "B_acc": "B"}),
    ("acc_base,acc_bert", "acc", {"acc_base": "base", "acc_bert": "bert"}),  # words, not characters
    ("acc_A_test,acc_B_test", "acc_test", {"acc_A_test": "A", "acc_B_test": "B"}),
    ("acc_A=baseline,acc_B=ours", "acc", {"acc_A": "baseline", "acc_B": "ours"}),
])
def test_compare_names_the_metric_and_the_systems(spec, metric, systems):
    compared = parse_compare(spec)
    assert (compared.metric, compared.systems) == (metric, systems)


@pytest.mark.parametrize("spec, words", [
    ("acc_A", "two or more"), ("acc_A,acc_A", "two or more"), ("bleu,rouge", "share no part"),
    ("acc_A,acc_B=A", "cannot tell the systems apart"),
])
def test_bad_compare_is_one_line(spec, words):
    with pytest.raises(ConfigError, match=words) as caught:
        parse_compare(spec)
    assert "\n" not in str(caught.value)


def test_a_json_line_and_the_api_name_their_system(tmp_path, monkeypatch):
    assert metrics.parse_json_line('{"model": "A", "acc": 0.8, "loss": 0.3}')[0] == {"acc[A]": 0.8, "loss[A]": 0.3}
    assert metrics.parse_json_line('{"metric": "acc", "value": 0.7, "method": "B"}')[0] == {"acc[B]": 0.7}
    assert metrics.parse_json_line('{"metric": 0.83}')[0] == {"metric": 0.83}
    monkeypatch.setenv("SEEDAUDIT_OUT", str(tmp_path))
    metrics.log_metric("acc", 0.9, system="C")
    assert metrics.read_run_outputs(tmp_path, tmp_path / "none.txt")[0] == {"acc[C]": 0.9}


def test_systems_named_after_the_compared_loop_match_metric_names():
    found = compare_by_system_names(["acc_A", "acc_B", "time", "f1-a", "f1-b", "acc_C_only"], ["A", "B"])
    assert [(c.metric, c.systems) for c in found] == [("acc", {"acc_A": "A", "acc_B": "B"}),
                                                      ("f1", {"f1-a": "A", "f1-b": "B"})]


def _runs(values_a, values_b):
    return [{"config": "main", "seed_key": str(i), "repeat": 0, "position": i, "status": "ok",
             "metrics": {"acc_A": a, "acc_B": b, "seconds": 3.0}} for i, (a, b) in enumerate(zip(values_a, values_b))]


def test_a_run_that_compares_two_models_gets_a_pair_like_two_commands():
    runs = _runs([0.80, 0.82, 0.79, 0.85, 0.81], [0.78, 0.86, 0.80, 0.79, 0.83])
    assert stats.analyse(runs).primary.pairs == []  # two metrics of one configuration: nothing compared
    split_up = stats.analyse(runs, compare=[parse_compare("acc_A,acc_B")], options=stats.Options(resamples=500))
    separate = stats.analyse_values({"A": [r["metrics"]["acc_A"] for r in runs],
                                     "B": [r["metrics"]["acc_B"] for r in runs]}, "acc",
                                    options=stats.Options(resamples=500))
    assert split_up.primary_metric == "acc" and list(split_up.metrics) == ["acc"]  # "seconds" is no system's
    assert split_up.primary.pairs[0].to_dict() == separate.pairs[0].to_dict()
    assert {n: (s.config, s.system) for n, s in split_up.systems.items()} == {"A": ("main", "A"), "B": ("main", "B")}


def test_systems_of_several_configurations_are_qualified_and_predictions_stay_with_the_run():
    runs = [{"config": c, "seed_key": "0", "repeat": 0, "status": "ok", "metrics": {"acc[A]": 0.5, "acc[B]": 0.6},
             "predictions": [1, 0], "labels": [1, 1]} for c in ("x", "y")]
    records, names, origins = split(runs, ["x", "y"])
    assert names == ["x/A", "x/B", "y/A", "y/B"] and origins["y/B"].config == "y"
    assert all(r["predictions"] is None for r in records)


def _rerun(tmp_path: Path, *extra: str, style: str = "flat") -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "seedaudit", "rerun", "-C", str(PROGRAMS), "--store", str(tmp_path / "s.sqlite"),
         "--seeds", "6", "--jobs", "2", "--no-progress", "--exit-zero", "-f", "json", "--resamples", "500", *extra,
         "--", sys.executable, "compare_in_one.py", style],
        capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.parametrize("style, extra", [("flat", ("--compare", "acc_A,acc_B")), ("lines", ())])
def test_rerun_compares_the_systems_of_one_script(tmp_path, style, extra):
    data = _rerun(tmp_path, *extra, style=style)
    acc = data["rerun"]["metrics"]["acc"]
    assert list(acc["configs"]) == ["A", "B"] and all(c["n"] == 6 for c in acc["configs"].values())
    pair = acc["pairs"][0]
    assert (pair["a"], pair["b"]) == ("A", "B") and 0.0 <= pair["single_seed_risk"] <= 0.5
    assert data["rerun"]["systems"]["B"] == {"config": "main", "system": "B"}
    flips = [f for f in data["findings"] if f["rule_id"] == "SA402"]
    assert all(f["location"]["path"].endswith("compare_in_one.py") for f in flips)


def test_a_study_file_takes_compare_vary_and_keep(tmp_path):
    from seedaudit.rerun.study import load_study

    path = tmp_path / "study.toml"
    path.write_text('[study]\ncompare = ["acc_A,acc_B", ["f1_A", "f1_B"]]\nvary = "all"\nkeep = ["data.py"]\n'
                    '[[config]]\nname = "a"\ncommand = "python a.py"\n'
                    '[[config]]\nname = "b"\ncommand = "python b.py"\nvary = "training"\nkeep = ["b.py:3"]\n')
    study = load_study(path)
    assert [c.metric for c in study.comparisons()] == ["acc", "f1"]
    assert [(c.vary, c.keep) for c in study.configs] == [("all", ("data.py",)), ("training", ("data.py", "b.py:3"))]
    path.write_text('[study]\ncompare = ["acc"]\n[[config]]\nname = "a"\ncommand = "python a.py"\n')
    with pytest.raises(ConfigError, match="--compare wants two or more"):
        load_study(path)
