"""The sweep: store, resume, skipping, extra seeds, GPU slots, and every kind of bad run."""
from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from seedaudit.rerun import plan as planning
from seedaudit.rerun.backends import LocalBackend
from seedaudit.rerun.execute import RunTask, run_one
from seedaudit.rerun.runner import StudyChanged, run_study
from seedaudit.rerun.store import Store, StoreError
from seedaudit.rerun.study import Study, StudyError, make_configuration

PROGRAMS = Path(__file__).parent / "fixtures" / "rerun" / "programs"
EXPERIMENT = str(PROGRAMS / "experiment.py")
PY = sys.executable


def study_of(*configs, **kwargs) -> Study:
    kwargs.setdefault("seeds", 4)
    kwargs.setdefault("timeout", 60)
    return Study(name="t", configs=list(configs), workdir=str(PROGRAMS), **kwargs)


def config(name: str, *extra: str, placeholder: bool = True):
    seed = ["--seed", "{seed}"] if placeholder else []
    return make_configuration(name, [PY, EXPERIMENT, *seed, *extra])


def executions(log: Path) -> list[tuple[str, str]]:
    if not log.exists():
        return []
    return [tuple(line.split()[:2]) for line in log.read_text().splitlines()]


@pytest.fixture
def log(tmp_path, monkeypatch):
    path = tmp_path / "executions.log"
    monkeypatch.setenv("EXPERIMENT_LOG", str(path))
    return path


def test_sweep_records_every_run_once_with_its_metric(tmp_path, log):
    store_path = tmp_path / "s.sqlite"
    report = run_study(study_of(config("a"), config("b", "--offset", "1")), store_path, jobs=2)
    assert report.ran == 8 and report.statuses == {"ok": 8}
    with Store.open(store_path) as store:
        runs = store.runs()
    assert sorted((r.config, r.seed_key) for r in runs) == sorted((c, str(s)) for c in "ab" for s in range(4))
    import random

    for run in runs:
        random.seed(run.seed)
        expected = random.random() + (1.0 if run.config == "b" else 0.0)
        assert run.metrics["score"] == pytest.approx(expected)
        assert run.status == "ok" and run.exit_code == 0 and run.duration > 0
        assert run.environment["changed"]["SEEDAUDIT_SEED"] == str(run.seed)
        assert run.seed_calls and run.seed_calls[0]["call"] == "random.seed"
        assert run.seed_calls[0]["site"].startswith("experiment.py:")


def test_second_invocation_skips_finished_runs_and_more_seeds_add_only_new_ones(tmp_path, log):
    store_path = tmp_path / "s.sqlite"
    study = study_of(config("a"), config("b"))
    run_study(study, store_path, jobs=2)
    again = run_study(study, store_path, jobs=2)
    assert (again.ran, again.skipped) == (0, 8)
    study.seeds = 6
    more = run_study(study, store_path, jobs=2)
    assert (more.ran, more.skipped) == (4, 8)
    runs = executions(log)
    assert len(runs) == 12 and len(set(runs)) == 12  # nothing ran twice


def test_changed_command_is_refused_unless_replaced(tmp_path, log):
    store_path = tmp_path / "s.sqlite"
    run_study(study_of(config("a")), store_path, jobs=2)
    changed = study_of(config("a", "--offset", "3"))
    with pytest.raises(StudyChanged, match="changed since"):
        run_study(changed, store_path, jobs=2)
    report = run_study(changed, store_path, jobs=2, replace=True)
    assert report.ran == 4
    with Store.open(store_path) as store:
        assert all(r.metrics["score"] > 3 for r in store.runs())


def test_injected_configuration_keeps_own_seed_at_position_zero(tmp_path, log):
    store_path = tmp_path / "s.sqlite"
    run_study(study_of(config("hard", placeholder=False), repeats=2), store_path, jobs=2)
    with Store.open(store_path) as store:
        runs = {(r.seed_key, r.repeat): r for r in store.runs()}
    assert set(runs) == {("own", 0), ("own", 1), ("1", 0), ("2", 0), ("3", 0)}
    import random

    random.seed(7)
    own = random.random()
    assert runs[("own", 0)].metrics["score"] == pytest.approx(own)  # the program's own seed, untouched
    assert runs[("own", 1)].metrics["score"] == pytest.approx(own)
    injected = {runs[(k, 0)].metrics["score"] for k in ("1", "2", "3")}
    assert len(injected) == 3 and own not in injected
    call = runs[("1", 0)].seed_calls[0]
    assert call["original"] == 7 and call["used"] != 7 and call["injected"]


def test_retries_rerun_a_crashed_run(tmp_path, log):
    flaky = PROGRAMS / "flaky.py"
    marker = tmp_path / "first-attempt-done"
    cfg = make_configuration("f", [PY, str(flaky), str(marker), "{seed}"])
    report = run_study(study_of(cfg, seeds=1, retries=1), tmp_path / "s.sqlite", jobs=1)
    assert report.statuses == {"ok": 1}
    with Store.open(tmp_path / "s.sqlite") as store:
        assert store.runs()[0].attempts == 2


@pytest.mark.parametrize("extra,status,error", [
    (["--crash-on", "1"], "failed", "exit code 1"),
    (["--hang-on", "1"], "timeout", "timed out after 2 s"),
    (["--no-metric"], "no-metric", "printed no metric"),
    (["--nan"], "bad-metric", "score is nan"),
])
def test_bad_runs_get_a_status_and_reason_and_the_rest_goes_on(tmp_path, log, extra, status, error):
    store_path = tmp_path / "s.sqlite"
    report = run_study(study_of(config("a", *extra), seeds=3, timeout=2), store_path, jobs=3)
    with Store.open(store_path) as store:
        runs = {r.seed_key: r for r in store.runs()}
    assert len(runs) == 3 and report.ran == 3
    assert runs["1"].status == status and error in runs["1"].error
    if extra[0] in ("--crash-on", "--hang-on"):
        assert runs["0"].status == runs["2"].status == "ok"
    if status == "failed":
        assert "simulated crash" in runs["1"].stderr_tail


def test_missing_command_is_not_found_without_starting(tmp_path, log):
    cfg = make_configuration("x", ["no-such-program-seedaudit", "{seed}"])
    run_study(study_of(cfg, seeds=1), tmp_path / "s.sqlite", jobs=1)
    with Store.open(tmp_path / "s.sqlite") as store:
        run = store.runs()[0]
    assert run.status == "not-found" and "command not found: no-such-program-seedaudit" in run.error


def test_memory_limit_stops_a_run_that_allocates_too_much(tmp_path, log):
    if not sys.platform.startswith("linux"):
        pytest.skip("memory limits are Linux-only")
    cfg = config("m", "--allocate", "600")
    run_study(study_of(cfg, seeds=1, memory_mb=300), tmp_path / "s.sqlite", jobs=1)
    with Store.open(tmp_path / "s.sqlite") as store:
        run = store.runs()[0]
    assert run.status == "failed" and "MemoryError" in run.stderr_tail


def test_store_refuses_corrupt_and_unwritable_files(tmp_path):
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"this is no database" * 100)
    with pytest.raises(StoreError, match="corrupt.sqlite: not a SQLite database"):
        Store.open(corrupt)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the store's folder"):
        Store.open(blocker / "s.sqlite")
    other = tmp_path / "other.sqlite"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE runs (x)")
    db.execute("INSERT INTO runs VALUES (1)")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match=r"other.sqlite: not a seedaudit rerun store \(it holds the tables runs\)"):
        Store.open(other)


def test_an_empty_file_or_a_new_path_becomes_a_store(tmp_path):
    from seedaudit.rerun.store import RunRecord

    empty = tmp_path / "empty.sqlite"
    empty.touch()
    for path in (empty, tmp_path / "new" / "s.sqlite"):
        with Store.open(path) as store:
            store.record(RunRecord(config="a", seed_key="1", repeat=0, position=1, seed=1, spec_hash="h", status="ok"))
        with Store.open(path, create=False, lock=False) as store:
            assert [r.key for r in store.runs()] == [("a", "1", 0)]


def test_second_runner_on_one_store_is_refused(tmp_path):
    with Store.open(tmp_path / "s.sqlite"):
        with pytest.raises(StoreError, match="in use"):
            Store.open(tmp_path / "s.sqlite")


def test_primary_key_allows_one_record_per_configuration_seed_repeat(tmp_path):
    from seedaudit.rerun.store import RunRecord

    with Store.open(tmp_path / "s.sqlite") as store:
        for status in ("failed", "ok"):
            store.record(RunRecord(config="a", seed_key="1", repeat=0, position=1, seed=1, spec_hash="h",
                                   status=status))
        assert [r.status for r in store.runs()] == ["ok"]


def test_gpu_slots_give_each_run_one_device_and_cap_runs_per_device(tmp_path):
    probe = PROGRAMS / "gpu_probe.py"
    counter = tmp_path / "counter.json"
    study = study_of(make_configuration("g", [PY, str(probe), str(counter), "{seed}"]), seeds=8)
    run_study(study, tmp_path / "s.sqlite", gpus=["0", "1"], per_gpu=2)
    with Store.open(tmp_path / "s.sqlite") as store:
        runs = store.runs()
    seen = [r.metrics for r in runs]
    assert {int(m["device"]) for m in seen} == {0, 1}
    assert all(m["cublas_ok"] == 1 for m in seen)
    peaks = json.loads(counter.read_text())["peak"]
    assert max(peaks.values()) <= 2
    assert all(r.environment["slot"]["CUDA_VISIBLE_DEVICES"] in ("0", "1") for r in runs)


def test_gpu_slot_environments_and_thread_caps():
    slots = planning.gpu_slots(["0", "3"], 2)
    assert [s["CUDA_VISIBLE_DEVICES"] for s in slots] == ["0", "3", "0", "3"]
    assert all(s["CUBLAS_WORKSPACE_CONFIG"] == ":4096:8" for s in slots)
    assert LocalBackend(16, ["0", "3"], 2).jobs == 4
    assert planning.threads_per_run(2, cores=8) == 4
    assert planning.threads_per_run(16, cores=8) == 1


def test_run_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    study = study_of(config("a", placeholder=False), env={"FOO": "1"})
    run = planning.expand(study)[1]
    task = planning.task_for(study, run, tmp_path, cwd=str(tmp_path), threads=3)
    assert task.env["PYTHONPATH"].split(os.pathsep) == [planning.SHIM_DIR, "/somewhere"]
    assert task.env["SEEDAUDIT_INJECT_SEED"] == "1" and task.env["SEEDAUDIT_SEED"] == "1"
    assert task.env["OMP_NUM_THREADS"] == "3" and task.env["FOO"] == "1"
    assert task.env["HF_HUB_OFFLINE"] == "1"
    own = planning.task_for(study, planning.expand(study)[0], tmp_path, cwd=str(tmp_path), threads=3)
    assert "SEEDAUDIT_INJECT_SEED" not in own.env and "SEEDAUDIT_SEED" not in own.env


def test_shell_mode_quotes_placeholders(tmp_path):
    cfg = make_configuration("s", "echo {out} {seed} > /dev/null", shell=True)
    run = planning.PlannedRun(cfg, Study(name="x", configs=[cfg]).seeds_for(cfg)[2], 0)
    argv = planning.argv_for(run, "/tmp/a dir; rm -rf x")
    assert argv[:2] == ("/bin/sh", "-c")
    assert argv[2] == "echo '/tmp/a dir; rm -rf x' 2 > /dev/null"


def test_seed_lists_and_study_errors():
    from seedaudit.rerun.study import parse_claim, parse_config_option, parse_seed_list

    assert parse_seed_list("0,1,42") == [0, 1, 42]
    assert parse_seed_list("0-3,9") == [0, 1, 2, 3, 9]
    with pytest.raises(StudyError):
        parse_seed_list("a,b")
    assert parse_claim("a:accuracy=0.93") == ("a:accuracy", 0.93)
    assert parse_config_option("base=python t.py --seed {seed}").command == ("python", "t.py", "--seed", "{seed}")
    with pytest.raises(StudyError, match="unique"):
        Study(name="x", configs=[make_configuration("a", "x"), make_configuration("a", "y")])
    with pytest.raises(StudyError, match="placeholder"):
        make_configuration("a", "python t.py {seed}", inject=True)
    cfg = make_configuration("a", "python t.py")
    study = Study(name="x", configs=[cfg], seed_list=[5, 6, 42])
    assert [s.key for s in study.seeds_for(cfg)] == ["own", "6", "42"]


def test_study_file(tmp_path):
    from seedaudit.rerun.study import load_study

    path = tmp_path / "study.toml"
    path.write_text("""
[study]
seeds = 3
repeats = 2
metric = "score"
claims = { a = 0.9 }
workdir = "code"

[[config]]
name = "a"
command = ["python", "train.py", "--seed", "{seed}"]

[[config]]
name = "b"
command = "python train.py --model b"
""")
    study = load_study(path)
    assert study.name == "study" and [c.name for c in study.configs] == ["a", "b"]
    assert study.configs[1].injected and not study.configs[0].injected
    assert study.workdir == str(tmp_path / "code") and study.claims == {"a": 0.9}
    path.write_text("[study]\nseedz = 3\n")
    with pytest.raises(StudyError, match="unknown keys seedz"):
        load_study(path)


def test_run_one_directly_reads_regex_api_and_predictions(tmp_path):
    def task(*extra, regex=None):
        out = tmp_path / "-".join(extra or ("plain",))
        env = planning.environment(study_of(config("a")), planning.expand(study_of(config("a")))[0], str(out), 1)
        return RunTask(config="a", seed_key="3", seed=3, repeat=0, position=3, spec_hash="h",
                       argv=(PY, EXPERIMENT, "--seed", "3", *extra), env=env, cwd=str(tmp_path), out_dir=str(out),
                       timeout=30, metric_regex=regex)

    import random

    random.seed(3)
    value = random.random()
    api = run_one(task("--api"))
    assert api["status"] == "ok" and api["metrics"]["score"] == pytest.approx(value)  # last call wins
    regex = run_one(task("--regex", regex=r"final score=(?P<score>[0-9.]+)"))
    assert regex["metrics"] == {"score": pytest.approx(value, abs=1e-6)}
    preds = run_one(task("--predictions"))
    assert len(preds["predictions"]) == 20 and preds["labels"] == [1] * 20


@pytest.mark.parametrize("argv, direct", [
    (("python3", "train.py"), True), (("/usr/bin/python3.11", "-u", "-m", "pkg.train"), True),
    (("python", "-X", "importtime", "train.py"), True), (("python", "-I", "train.py"), False),
    (("python", "-uS", "train.py"), False), (("bash", "run.sh"), False), (("./train.py",), False),
])
def test_python_runs_start_without_the_launcher_unless_they_skip_the_shim(argv, direct):
    """A Python that loads sitecustomize gets PR_SET_PDEATHSIG from the shim: one interpreter start fewer."""
    from seedaudit.rerun.execute import launch_argv

    task = RunTask(config="c", seed_key="0", seed=0, repeat=0, position=0, spec_hash="h", argv=argv, env={}, cwd=".",
                   out_dir=".")
    assert (launch_argv(task) == list(argv)) == direct
    limited = RunTask(**{**task.__dict__, "memory_mb": 100})
    assert launch_argv(limited) != list(argv)  # a memory limit is set by the launcher


def test_a_direct_python_run_exits_when_the_runner_died_before_the_shim_started(tmp_path):
    import subprocess

    env = {**os.environ, "PYTHONPATH": planning.SHIM_DIR, "SEEDAUDIT_OUT": str(tmp_path)}
    code = "import os; print(os.environ.get('SEEDAUDIT_PARENT_PID'))"
    alive = subprocess.run([PY, "-c", code], env={**env, "SEEDAUDIT_PARENT_PID": str(os.getpid())},
                           capture_output=True, text=True)
    assert (alive.returncode, alive.stdout.strip()) == (0, "None")  # checked once, not passed on
    orphan = subprocess.run([PY, "-c", code], env={**env, "SEEDAUDIT_PARENT_PID": "1"}, capture_output=True, text=True)
    assert (orphan.returncode, orphan.stdout) == (137, "")
