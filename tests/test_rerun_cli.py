"""`seedaudit rerun` end to end: output, comforts, exit codes, bad input, Ctrl-C, SIGTERM and SIGKILL."""
from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROGRAMS = Path(__file__).parent / "fixtures" / "rerun" / "programs"
EXPERIMENT = str(PROGRAMS / "experiment.py")
PY = sys.executable


def cli_args(store: Path, *configs: str, extra: tuple[str, ...] = ()) -> list[str]:
    args = [PY, "-m", "seedaudit", "rerun", "--store", str(store), "--no-progress", "--resamples", "1000", *extra]
    for text in configs:
        args += ["--config", text]
    return args


def experiment(name: str, flags: str = "", placeholder: bool = True) -> str:
    seed = " --seed {seed}" if placeholder else ""
    return f"{name}={PY} {EXPERIMENT}{seed} {flags}".rstrip()


def env_with(log: Path) -> dict[str, str]:
    return {**os.environ, "EXPERIMENT_LOG": str(log)}


def rerun(tmp_path: Path, *configs: str, extra: tuple[str, ...] = (), store: Path | None = None):
    store = store or tmp_path / "s.sqlite"
    return subprocess.run(cli_args(store, *configs, extra=extra), capture_output=True, text=True, timeout=300,
                          env=env_with(tmp_path / "exec.log"))


def ok_rows(store: Path) -> list[tuple]:
    if not store.exists():
        return []
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=10)
    try:
        return db.execute("SELECT config, seed_key, repeat FROM runs WHERE status = 'ok'").fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        db.close()


def executions(log: Path) -> list[list[str]]:
    return [line.split() for line in log.read_text().splitlines()] if log.exists() else []


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def wait_until(predicate, timeout: float = 120.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def the_error(err: str) -> str:
    """The one error line of a refused command (and no traceback)."""
    assert "Traceback" not in err and "internal error" not in err, err
    errors = [line for line in err.splitlines() if line.startswith("seedaudit: error: ")]
    assert len(errors) == 1, err
    return errors[0].removeprefix("seedaudit: error: ")


def store_args(store: Path, mode: str) -> tuple[str, ...]:
    """`rerun` on `store`: running a configuration, or only analysing what the store holds."""
    run = ("--config", experiment("a"), "--seeds", "3") if mode == "run" else ("--analyse-only",)
    return ("rerun", "--store", str(store), "--no-progress", "--resamples", "1000", *run)


def test_help_says_it_runs_someone_elses_program_and_is_linux_first():
    out = subprocess.run([PY, "-m", "seedaudit", "rerun", "--help"], capture_output=True, text=True).stdout
    assert "someone else's program" in out and "Linux-first" in out and "{seed}" in out


def test_two_configurations_text_output_with_claim(tmp_path):
    proc = rerun(tmp_path, experiment("a"), experiment("b", "--offset 0.05"),
                 extra=("--seeds", "5", "--claim", "a=5.0", "--jobs", "2"))
    assert proc.returncode == 1, proc.stderr  # the claim is far beyond every run: SA401, a warning
    assert "running other people's code" in proc.stderr
    assert "score (higher is better" in proc.stdout and "a vs b: diff" in proc.stdout
    assert "SA401 claim-in-seed-tail a: claimed score 5 is above all 5 runs" in proc.stdout


def test_json_output_carries_the_statistics(tmp_path):
    proc = rerun(tmp_path, experiment("a"), experiment("b", "--offset 2"),
                 extra=("--seeds", "4", "-f", "json", "--jobs", "2"))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    stats = data["rerun"]["metrics"]["score"]
    assert stats["configs"]["a"]["n"] == 4 and stats["pairs"][0]["p_a_better"] == 0.0
    assert data["rerun"]["runs"]["by_status"] == {"ok": 8}
    assert data["findings"] == []  # b always wins: no flip, no finding


def test_dry_run_shows_runs_seeds_and_environment_and_runs_nothing(tmp_path):
    proc = rerun(tmp_path, experiment("hard", placeholder=False), experiment("b"),
                 extra=("--seeds", "3", "--repeats", "2", "--dry-run", "--gpus", "2"))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Dry run: 8 runs" in out
    assert "[todo] hard seed=own (program's own seed, injected mode)" in out
    assert "[todo] hard seed=own repeat 1" in out
    assert "SEEDAUDIT_INJECT_SEED=2" in out and "SEEDAUDIT_SEED=2" in out
    assert "--seed 2" in out  # b's placeholder filled in
    assert "CUDA_VISIBLE_DEVICES=0 CUBLAS_WORKSPACE_CONFIG=:4096:8" in out
    assert "PYTHONPATH=" in out and "OMP_NUM_THREADS=" in out
    assert not (tmp_path / "exec.log").exists() and not (tmp_path / "s.sqlite").exists()


def test_analyse_only_and_csv_run_nothing(tmp_path):
    first = rerun(tmp_path, experiment("a"), experiment("b"), extra=("--seeds", "3", "--jobs", "2"))
    assert first.returncode in (0, 1), first.stderr
    before = len(executions(tmp_path / "exec.log"))
    csv_path = tmp_path / "runs.csv"
    proc = subprocess.run(cli_args(tmp_path / "s.sqlite", extra=("--analyse-only", "--csv", str(csv_path), "-f", "json",
                                                                 "--claim", "a=0.5")),
                          capture_output=True, text=True, timeout=120, env=env_with(tmp_path / "exec.log"))
    assert proc.returncode in (0, 1), proc.stderr
    assert len(executions(tmp_path / "exec.log")) == before
    data = json.loads(proc.stdout)
    assert data["rerun"]["metrics"]["score"]["configs"]["a"]["claim"]["value"] == 0.5
    rows = list(csv.DictReader(csv_path.open()))
    assert len(rows) == 6 and {r["config"] for r in rows} == {"a", "b"}
    assert all(r["status"] == "ok" and float(r["score"]) >= 0 for r in rows)


def test_analyse_only_without_a_store_is_a_clear_error(tmp_path):
    proc = subprocess.run(cli_args(tmp_path / "none.sqlite", extra=("--analyse-only",)), capture_output=True, text=True)
    assert proc.returncode == 2 and "needs --store with an existing store" in proc.stderr


@pytest.mark.parametrize("config,extra,code,message", [
    ("x=no-such-program-seedaudit {seed}", (), 2, "command not found: no-such-program-seedaudit"),
    (experiment("a", "--no-metric"), (), 2, "printed no metric"),
    (experiment("a", "--nan"), (), 2, "score is nan"),
    (experiment("a", "--crash-on 1"), (), 1, "a: 1 of 3 runs could not be measured (failed)"),
    (experiment("a", "--hang-on 2"), ("--timeout", "2"), 1, "a: 1 of 3 runs could not be measured (timeout)"),
])
def test_bad_runs_give_one_clear_line_and_the_right_exit_code(tmp_path, config, extra, code, message):
    proc = rerun(tmp_path, config, extra=("--seeds", "3", "--jobs", "3", *extra))
    assert proc.returncode == code, proc.stdout + proc.stderr
    assert message in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    if code == 1:
        assert len(ok_rows(tmp_path / "s.sqlite")) == 2  # the finished runs are kept


@pytest.mark.parametrize("printed,name", [('{"metric": 0.8 + seed / 100}', "metric"),
                                          ('{"metric": "acc", "value": 0.8 + seed / 100}', "acc")])
def test_a_number_under_the_key_metric_is_a_metric_named_metric(tmp_path, printed, name):
    program = tmp_path / "prog.py"
    program.write_text(f"import json, sys\nseed = int(sys.argv[1])\nprint(json.dumps({printed}))\n")
    proc = rerun(tmp_path, f"a={PY} {program} {{seed}}", extra=("--seeds", "3", "-f", "json"))
    assert proc.returncode == 0, proc.stderr
    values = json.loads(proc.stdout)["rerun"]["metrics"][name]["configs"]["a"]
    assert values["n"] == 3


def test_unwritable_and_corrupt_stores_are_clear_errors(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = rerun(tmp_path, experiment("a"), store=blocker / "s.sqlite")
    assert proc.returncode == 2 and "cannot create the store's folder" in proc.stderr
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(os.urandom(4096))
    proc = rerun(tmp_path, experiment("a"), store=corrupt)
    assert proc.returncode == 2 and the_error(proc.stderr) == f"{corrupt}: not a SQLite database"
    assert corrupt.stat().st_size == 4096  # left as it was


@pytest.mark.parametrize("mode", ["run", "analyse-only"])
def test_an_unrelated_database_is_refused_and_left_unchanged(tmp_path, run_cli, monkeypatch, mode):
    monkeypatch.setenv("EXPERIMENT_LOG", str(tmp_path / "exec.log"))
    other = tmp_path / "app.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE users (name TEXT)")
    db.execute("INSERT INTO users VALUES ('ada')")
    db.commit()
    db.close()
    before = other.read_bytes()
    code, _, err = run_cli(*store_args(other, mode))
    assert code == 2
    assert the_error(err) == f"{other}: not a seedaudit rerun store (it holds the tables users); choose another --store"
    assert other.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["app.db"]  # nothing ran


@pytest.fixture(scope="module")
def finished_store(tmp_path_factory) -> Path:
    """A store of three finished runs, to copy and damage."""
    folder = tmp_path_factory.mktemp("finished")
    proc = rerun(folder, experiment("a"), extra=("--seeds", "3"))
    assert proc.returncode == 0, proc.stderr
    return folder / "s.sqlite"


def _sql(script: str):
    def damage(store: Path) -> None:
        db = sqlite3.connect(store)
        db.executescript(script)
        db.close()
    return damage


def _folder(store: Path) -> None:
    store.unlink()
    store.mkdir()


DAMAGE = {  # name: (what is done to a finished store, what the one error line says after its name)
    "garbage": (lambda store: store.write_bytes(b"no database " * 400), "not a SQLite database"),
    "truncated": (lambda store: store.write_bytes(store.read_bytes()[:store.stat().st_size // 2]),
                  "damaged SQLite database (truncated or overwritten)"),
    "wrong columns": (_sql("ALTER TABLE runs RENAME COLUMN metrics TO score"),
                      "damaged store: the runs table has the wrong columns (missing: metrics; unknown: score)"),
    "meta without schema": (_sql("DELETE FROM meta WHERE key = 'schema'"),
                            "damaged store: its meta table holds no schema version"),
    "garbage JSON": (_sql("UPDATE runs SET metrics = '{\"score\": 0.5' WHERE seed_key = '1'"),
                     "damaged store: run a/1/0: metrics is not JSON"),
    "metrics that are no numbers": (_sql("UPDATE runs SET metrics = '{\"score\": \"high\"}' WHERE seed_key = '2'"),
                                    "damaged store: run a/2/0: metrics is not an object of numbers"),
    "seed calls that are no objects": (_sql("UPDATE runs SET seed_calls = '[1, 2]' WHERE seed_key = '2'"),
                                       "damaged store: run a/2/0: seed_calls is not a list of objects"),
    "garbage study": (_sql("UPDATE meta SET value = '[1]' WHERE key = 'study'"),
                      "damaged store: the saved study is unreadable"),
    "a folder": (_folder, "is a folder, not a store file; choose another --store"),
}


@pytest.mark.parametrize("mode", ["run", "analyse-only"])
@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_store_is_one_line_naming_the_file(tmp_path, finished_store, run_cli, monkeypatch, damage, mode):
    monkeypatch.setenv("EXPERIMENT_LOG", str(tmp_path / "exec.log"))
    store = tmp_path / "x.sqlite"
    shutil.copy(finished_store, store)
    make, problem = DAMAGE[damage]
    make(store)
    code, _, err = run_cli(*store_args(store, mode))
    assert code == 2 and the_error(err).startswith(f"{store}: {problem}")
    assert not (tmp_path / "exec.log").exists()  # nothing ran


@pytest.mark.parametrize("damage", ["garbage", "wrong columns", "garbage JSON"])
def test_audit_rerun_gets_the_same_line_for_a_damaged_store(tmp_path, finished_store, run_cli, damage):
    store = tmp_path / "x.sqlite"
    shutil.copy(finished_store, store)
    make, problem = DAMAGE[damage]
    make(store)
    code, out, err = run_cli("audit", "--code", PROGRAMS, "--rerun", "--seeds", "2", "--store", store, "-f", "json",
                             "--rerun-command", f"a={PY} experiment.py --seed {{seed}}")
    assert code == 0 and "Traceback" not in err and "internal error" not in err
    reasons = [f["reason"] for f in json.loads(out)["failures"] if f["what"] == "rerun"]
    assert len(reasons) == 1 and reasons[0].startswith(f"cannot rerun: {store}: {problem}")


def _without_root_powers(folder: Path) -> list[str]:
    """A prefix under which `folder` is read-only, also for root (setpriv drops the capabilities that
    override file modes); skip where there is none."""
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    if prefix and shutil.which("setpriv") is None:
        pytest.skip("root, and no setpriv to give up the power to write a read-only folder")
    if subprocess.run([*prefix, "test", "-w", str(folder)]).returncode == 0:
        pytest.skip("a read-only folder stays writable here")
    return prefix


def test_a_store_in_a_read_only_folder_is_refused_for_running_and_read_for_analysing(tmp_path, finished_store):
    folder = tmp_path / "ro"
    folder.mkdir()
    store = folder / "s.sqlite"
    shutil.copy(finished_store, store)
    folder.chmod(0o555)
    try:
        prefix = _without_root_powers(folder)
        for path in (store, folder / "new.sqlite"):
            proc = subprocess.run([*prefix, *cli_args(path, experiment("a"), extra=("--seeds", "3"))],
                                  capture_output=True, text=True, timeout=120, env=env_with(tmp_path / "exec.log"))
            assert proc.returncode == 2
            assert the_error(proc.stderr) == f"{path}: folder is read-only: cannot write the store; choose another --store"
        proc = subprocess.run([*prefix, *cli_args(store, extra=("--analyse-only", "-f", "json"))],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["rerun"]["runs"]["by_status"] == {"ok": 3}
        assert [p.name for p in folder.iterdir()] == ["s.sqlite"] and not (tmp_path / "exec.log").exists()
    finally:
        folder.chmod(0o755)


def _interrupts_as_from_a_terminal() -> None:
    """In the child, before it starts: Ctrl-C back to its default. A test run started in the background of a
    shell without job control (`make test &` in a script) ignores SIGINT, every process it starts inherits that,
    and Python then installs no Ctrl-C handler: the sweep would run to its end, as a user's `nohup` asks."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_slow_sweep(tmp_path: Path, seeds: int = 6, sleep: float = 1.5) -> subprocess.Popen:
    args = cli_args(tmp_path / "s.sqlite", experiment("a", f"--sleep {sleep}"), experiment("b", f"--sleep {sleep}"),
                    extra=("--seeds", str(seeds), "--jobs", "2"))
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env_with(tmp_path / "exec.log"), start_new_session=True,
                            preexec_fn=_interrupts_as_from_a_terminal)


def _in_flight(tmp_path: Path) -> list[list[str]]:
    done = {(c, k) for c, k, _ in ok_rows(tmp_path / "s.sqlite")}
    return [e for e in executions(tmp_path / "exec.log") if (e[0], e[1]) not in done]


@pytest.mark.parametrize("signum,code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_ctrl_c_and_sigterm_keep_finished_runs_and_kill_the_rest(tmp_path, signum, code):
    proc = _start_slow_sweep(tmp_path)
    assert wait_until(lambda: len(ok_rows(tmp_path / "s.sqlite")) >= 1 and _in_flight(tmp_path))
    flying = [int(e[2]) for e in _in_flight(tmp_path)]
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    kept = ok_rows(tmp_path / "s.sqlite")
    assert f"interrupted: {len(kept)} finished run(s) kept" in err and "Traceback" not in err
    assert kept and wait_until(lambda: not any(alive(pid) for pid in flying), 20)


def test_sigkill_mid_sweep_resumes_with_no_run_lost_or_duplicated(tmp_path):
    proc = _start_slow_sweep(tmp_path)
    assert wait_until(lambda: len(ok_rows(tmp_path / "s.sqlite")) >= 2 and _in_flight(tmp_path))
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    finished_before = set(ok_rows(tmp_path / "s.sqlite"))
    flying = _in_flight(tmp_path)
    assert flying, "a run must be in flight at the SIGKILL"
    assert wait_until(lambda: not any(alive(int(e[2])) for e in flying), 20), "runs must die with the runner"

    resumed = subprocess.run(cli_args(tmp_path / "s.sqlite", experiment("a", "--sleep 1.5"),
                                      experiment("b", "--sleep 1.5"), extra=("--seeds", "6", "--jobs", "2")),
                             capture_output=True, text=True, timeout=300, env=env_with(tmp_path / "exec.log"))
    assert resumed.returncode in (0, 1), resumed.stderr
    assert f"{len(finished_before)} finished run(s) kept from the store" in resumed.stderr
    db = sqlite3.connect(tmp_path / "s.sqlite")
    rows = db.execute("SELECT config, seed_key, repeat, status, count(*) FROM runs GROUP BY config, seed_key, repeat").fetchall()
    db.close()
    assert len(rows) == 12 and all(r[3] == "ok" and r[4] == 1 for r in rows)
    counts: dict[tuple[str, str], int] = {}
    for e in executions(tmp_path / "exec.log"):
        counts[(e[0], e[1])] = counts.get((e[0], e[1]), 0) + 1
    for config, seed_key, _ in finished_before:
        assert counts[(config, seed_key)] == 1  # finished runs were not run again
    for e in flying:
        assert counts[(e[0], e[1])] == 2  # the run in flight at the SIGKILL was rerun once
