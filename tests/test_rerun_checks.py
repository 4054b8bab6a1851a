"""SA401-SA403 from measurements, SA001 for failed runs, and the path through the shared reporters."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from seedaudit.report import render
from seedaudit.rerun import checks, metrics, stats
from seedaudit.rerun.engine import NothingMeasured, analyse_store
from seedaudit.rerun.store import RunRecord, Store
from seedaudit.rerun.study import Study, make_configuration

OPTIONS = stats.Options(resamples=1000)


def records(values: dict[str, list[float]], repeats: dict[str, list[float]] | None = None) -> list[dict]:
    out = []
    for config, vals in values.items():
        for seed, value in enumerate(vals):
            out.append({"config": config, "seed_key": str(seed), "position": seed, "repeat": 0, "status": "ok",
                        "metrics": {"accuracy": value}})
        for r, value in enumerate((repeats or {}).get(config, []), start=1):
            out.append({"config": config, "seed_key": "0", "position": 0, "repeat": r, "status": "ok",
                        "metrics": {"accuracy": value}})
    return out


A = [0.80, 0.78, 0.83, 0.79, 0.81, 0.77, 0.82, 0.80, 0.78, 0.84]
B = [0.79, 0.81, 0.78, 0.80, 0.77, 0.82, 0.79, 0.80, 0.76, 0.81]
FAR_B = [v - 0.2 for v in B]


def findings_for(values, claims=None, repeats=None):
    analysis = stats.analyse(records(values, repeats), claims=claims, options=OPTIONS)
    return checks.measured_findings(analysis, {"a": "train.py", "b": "train.py"})


def ids(findings):
    return sorted(f.rule_id for f in findings)


def test_claim_in_the_tail_is_flagged_and_a_typical_claim_is_not():
    far = findings_for({"a": A}, claims={"a": 0.90})
    assert ids(far) == ["SA401"]
    assert "above all 10 runs" in far[0].message and far[0].location.path == "train.py"
    top = findings_for({"a": A}, claims={"a": 0.84})
    assert ids(top) == ["SA401"] and "reached by only 1 of 10 runs" in top[0].message
    assert "expected best of" in top[0].message
    assert findings_for({"a": A}, claims={"a": 0.80}) == []


def test_ranking_flips_are_flagged_only_when_frequent():
    flips = findings_for({"a": A, "b": B})
    assert ids(flips) == ["SA402"]
    message = flips[0].message
    assert "a vs b on accuracy: the ranking flips in" in message and "Welch p" in message and "ASO eps_min" in message
    assert "seeds per configuration would detect" in message
    assert findings_for({"a": A, "b": FAR_B}) == []


def test_same_seed_spread_is_flagged_when_close_to_cross_seed_spread():
    noisy = findings_for({"a": A}, repeats={"a": [0.83, 0.77, 0.81]})
    assert ids(noisy) == ["SA403"] and "does not reproduce" in noisy[0].message
    tiny = findings_for({"a": A}, repeats={"a": [0.8000001, 0.7999999]})
    assert tiny == []  # nonzero but tiny same-seed spread: no finding


def test_confidence_grows_with_seeds():
    few = findings_for({"a": A[:4]}, claims={"a": 0.9})
    many = findings_for({"a": A}, claims={"a": 0.9})
    assert str(few[0].confidence) == "low" and str(many[0].confidence) == "high"


def _store_with(tmp_path: Path, runs: list[RunRecord]) -> Path:
    path = tmp_path / "s.sqlite"
    with Store.open(path) as store:
        study = Study(name="s", configs=[make_configuration("a", [sys.executable, "train.py"])])
        store.set_meta("study", study.to_dict())
        for run in runs:
            store.record(run)
    return path


def test_failed_runs_become_one_sa001_per_configuration(tmp_path):
    runs = [RunRecord(config="a", seed_key=str(s), repeat=0, position=s, seed=s, spec_hash="h", status="ok",
                      metrics={"accuracy": 0.8 + s / 100}) for s in range(4)]
    runs.append(RunRecord(config="a", seed_key="4", repeat=0, position=4, seed=4, spec_hash="h", status="failed",
                          exit_code=1, error="exit code 1", stderr_tail="Traceback...\nValueError: boom\n"))
    result = analyse_store(_store_with(tmp_path, runs), options=OPTIONS)
    sa001 = [f for f in result.findings if f.rule_id == "SA001"]
    assert len(sa001) == 1 and "a: 1 of 5 runs could not be measured (failed)" in sa001[0].message
    assert sa001[0].evidence == "ValueError: boom"
    assert result.data["rerun"]["runs"]["by_status"] == {"ok": 4, "failed": 1}


def test_no_successful_run_is_nothing_measured(tmp_path):
    runs = [RunRecord(config="a", seed_key="0", repeat=0, position=0, seed=0, spec_hash="h", status="no-metric",
                      error="printed no metric")]
    with pytest.raises(NothingMeasured, match="no-metric: printed no metric"):
        analyse_store(_store_with(tmp_path, runs))


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "sarif", "github"])
def test_measured_findings_go_through_every_reporter(tmp_path, fmt):
    runs = [RunRecord(config=c, seed_key=str(s), repeat=0, position=s, seed=s, spec_hash="h", status="ok",
                      metrics={"accuracy": v}) for c, vals in (("a", A), ("b", B)) for s, v in enumerate(vals)]
    path = _store_with(tmp_path, runs)
    with Store.open(path) as store:
        study = Study(name="s", configs=[make_configuration("a", "python train.py a"),
                                         make_configuration("b", "python train.py b")])
        store.set_meta("study", study.to_dict())
    result = analyse_store(path, claims={"a": 0.95}, options=OPTIONS)
    assert ids(result.findings) == ["SA401", "SA402"]
    text = render(result, fmt)
    assert "SA402" in text
    if fmt == "json":
        data = json.loads(text)
        assert data["rerun"]["metrics"]["accuracy"]["pairs"][0]["a"] == "a"


def test_log_metric_outside_a_rerun_does_nothing(tmp_path, monkeypatch):
    import seedaudit

    monkeypatch.delenv("SEEDAUDIT_OUT", raising=False)
    monkeypatch.chdir(tmp_path)
    seedaudit.log_metric("accuracy", 0.5)
    metrics.log_predictions([1, 2])
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setenv("SEEDAUDIT_OUT", str(tmp_path))
    seedaudit.log_metric("accuracy", 0.5, step=3)
    metrics.log_predictions([1, 2], labels=[1, 1])
    found, extra = metrics.read_run_outputs(tmp_path, tmp_path / "none.txt")
    assert found == {"accuracy": 0.5} and extra == {"predictions": [1, 2], "labels": [1, 1]}


@pytest.mark.parametrize("line,expected", [
    ('{"accuracy": 0.81, "epoch": 3}', {"accuracy": 0.81, "epoch": 3.0}),
    ('{"metric": "f1", "value": 0.5}', {"f1": 0.5}),
    ('{"metric": 0.83}', {"metric": 0.83}),
    ('{"metric": [0.83], "f1": 0.5}', {"f1": 0.5}),
    ('{"metric": true}', {}),
    ('{"name": "f1", "value": NaN}', {"f1": float("nan")}),
    ('{"flag": true, "label": "x"}', {}),
    ("accuracy: 0.81", {}),
    ("{not json}", {}),
])
def test_json_lines_on_stdout(line, expected):
    found, _ = metrics.parse_json_line(line)
    assert found.keys() == expected.keys()
    for key, value in expected.items():
        assert (found[key] != found[key] and value != value) or found[key] == value


def test_regex_with_one_unnamed_group_uses_the_primary_metric_name(tmp_path):
    out = tmp_path / "stdout.txt"
    out.write_text("acc 0.5\nacc 0.75\n")
    found, _ = metrics.read_run_outputs(tmp_path, out, r"acc ([0-9.]+)", "accuracy")
    assert found == {"accuracy": 0.75}


def test_time_budget_stops_starting_runs_and_copy_workdir_runs_in_a_copy(tmp_path):
    from seedaudit.rerun import run_study

    code = tmp_path / "code"
    code.mkdir()
    (code / "where.py").write_text("import json, os, sys, time\ntime.sleep(float(sys.argv[2]))\n"
                                   "print(json.dumps({'score': int(sys.argv[1]), 'here': int(os.getcwd() == sys.argv[3])}))\n")
    cfg = make_configuration("w", [sys.executable, "where.py", "{seed}", "0", str(code)])
    report = run_study(Study(name="w", configs=[cfg], seeds=2, workdir=str(code)), tmp_path / "c.sqlite",
                       jobs=1, copy_workdir=True)
    with Store.open(tmp_path / "c.sqlite") as store:
        assert report.statuses == {"ok": 2} and all(r.metrics["here"] == 0 for r in store.runs())
    assert not list(Path(os.environ.get("TMPDIR", "/tmp")).glob("seedaudit-rerun-*/code/where.py"))
    slow = make_configuration("s", [sys.executable, "where.py", "{seed}", "1.0", str(code)])
    budget = run_study(Study(name="s", configs=[slow], seeds=6, workdir=str(code)), tmp_path / "b.sqlite",
                       jobs=1, time_budget=1.5)
    assert budget.stopped_by_budget and budget.ran < 6


def test_progress_is_a_bar_on_a_terminal_and_plain_lines_otherwise():
    import io

    from seedaudit.rerun.execute import RunTask
    from seedaudit.cli.progress import RerunProgress as Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    task = RunTask(config="a", seed_key="3", seed=3, repeat=0, position=3, spec_hash="h", argv=("x",), env={},
                   cwd=".", out_dir=".")
    plain, tty = io.StringIO(), Terminal()
    for stream in (plain, tty):
        progress = Progress(2, stream=stream)
        progress("done", task, {"status": "ok", "metrics": {"accuracy": 0.8125}, "duration": 1.0})
        progress("done", task, {"status": "timeout", "error": "timed out after 2 s", "metrics": {}})
    assert plain.getvalue().splitlines() == ["rerun [1/2] a seed=3 accuracy=0.8125 (1.0 s)",
                                             "rerun [2/2] a seed=3 timeout: timed out after 2 s (0.0 s)"]
    assert "\r[###############...............] 1/2" in tty.getvalue()
    assert "rerun: a seed=3: timeout: timed out after 2 s" in tty.getvalue() and tty.getvalue().endswith("\n")
