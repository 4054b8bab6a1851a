"""Drive a sweep: plan the runs, skip the finished ones, schedule the rest, record each as it ends."""
from __future__ import annotations

import os
import platform
import shutil
import signal
import socket
import sys
import tempfile
import time
from dataclasses import dataclass, field, replace as replace_task
from pathlib import Path
from typing import Callable

from . import plan as planning
from .backends import make_backend
from .execute import RunTask
from .datasites import keeping_for
from .keep import Keeping
from .store import FINISHED_OK, RunRecord, Store, StoreError
from .study import Study

RETRYABLE = ("failed", "timeout")


class Interrupted(Exception):
    """Ctrl-C or SIGTERM: finished runs are kept, runs in flight were killed and will rerun."""

    def __init__(self, signum: int, finished: int, store: Path):
        super().__init__(f"interrupted: {finished} finished run(s) kept in {store}; run the same command again to resume")
        self.signum = signum
        self.finished = finished

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


class StudyChanged(StoreError):
    """The store holds runs of a configuration whose command has changed since."""


@dataclass
class SweepReport:
    """What one invocation did (the store holds the full history)."""

    planned: int = 0
    skipped: int = 0
    ran: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    stopped_by_budget: bool = False
    wall_s: float = 0.0

    def count(self, status: str) -> None:
        self.statuses[status] = self.statuses.get(status, 0) + 1


def runs_root(store_path: Path) -> Path:
    """Each run's folder (outputs, metrics, seed log) lives next to the store."""
    return store_path.with_name(store_path.name + ".runs")


def default_jobs(gpus: list[str] | None, per_gpu: int) -> int:
    if gpus:
        return len(gpus) * per_gpu
    return planning.available_cores()


def host_environment() -> dict[str, str]:
    return {"python": platform.python_version(), "platform": platform.platform(), "host": socket.gethostname(),
            "cpus": str(os.cpu_count()), "executable": sys.executable}


def check_configs(store: Store, study: Study, replace: bool) -> None:
    """Refuse to mix runs of an old command with a new one under the same name (or drop them on --replace)."""
    stored = {r.config: r.spec_hash for r in store.runs()}
    stored_study = saved_study(store)
    old_hashes = {c["name"]: c.get("spec_hash") for c in stored_study.get("configs", [])}
    for config in study.configs:
        old = old_hashes.get(config.name)
        if config.name in stored and old and old != config.spec_hash():
            if not replace:
                raise StudyChanged(
                    f"configuration {config.name!r} changed since its runs were stored in {store.path} (its command, "
                    f"environment, --vary or --keep): pass --replace to rerun it, or another --store")
            store.delete(config.name)


def save_study(store: Store, study: Study) -> None:
    data = study.to_dict()
    for entry, config in zip(data["configs"], study.configs):
        entry["spec_hash"] = config.spec_hash()
    known = saved_study(store)
    if known:  # keep configurations that this invocation does not name (analysis covers them all)
        names = {c["name"] for c in data["configs"]}
        data["configs"] = [c for c in known.get("configs", []) if c["name"] not in names] + data["configs"]
    store.set_meta("study", data)
    store.set_meta("host", host_environment())


def saved_study(store: Store) -> dict:
    """The study saved in the store ({} before the first save), refused by name if it is not one
    (hand-edited or damaged), rather than failing wherever a field of it is read."""
    data = store.get_meta("study") or {}
    try:
        if data:
            Study.from_dict(data)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:  # StudyError is a ValueError
        raise StoreError(f"{store.path}: damaged store: the saved study is unreadable ({exc})") from None
    return data


def pending_runs(study: Study, store: Store) -> tuple[list[planning.PlannedRun], int]:
    done = {key for key, record in store.by_key().items() if record.status == FINISHED_OK}
    runs = planning.expand(study)
    todo = [r for r in runs if r.key not in done]
    return todo, len(runs) - len(todo)


def prepare_workdir(study: Study, copy: bool) -> tuple[str, str | None]:
    """The folder runs start in: the study's, or a fresh temporary copy of it."""
    workdir = Path(study.workdir).resolve()
    if not workdir.is_dir():
        raise StoreError(f"working directory {workdir} does not exist")
    if not copy:
        return str(workdir), None
    temp = tempfile.mkdtemp(prefix="seedaudit-rerun-")
    target = Path(temp) / workdir.name
    shutil.copytree(workdir, target, symlinks=True, ignore=shutil.ignore_patterns(".git", "__pycache__"))
    return str(target), temp


def keepings(study: Study) -> dict[str, Keeping]:
    """What each configuration's injected runs keep (its data seeds and --keep rules), read from its code."""
    return {config.name: keeping_for(config, study.workdir) for config in study.configs}


def build_tasks(study: Study, runs: list[planning.PlannedRun], store_path: Path, cwd: str, jobs: int,
                keep: dict[str, Keeping]) -> list[RunTask]:
    threads = planning.threads_per_run(jobs)
    root = runs_root(store_path)
    env = {name: found.to_env() for name, found in keep.items() if found.rules}
    return [planning.task_for(study, run, root, cwd=cwd, threads=threads, keep=env.get(run.config.name))
            for run in runs]


def save_keepings(store: Store, keep: dict[str, Keeping]) -> None:
    """The keep rules and notes, for the report (the analysis reads stores without the code)."""
    known = store.get_meta("keep") or {}
    store.set_meta("keep", {**known, **{name: found.to_dict() for name, found in keep.items()}})


def _record(task: RunTask, outcome: dict, attempts: int, command: str) -> RunRecord:
    env = dict(outcome.get("environment") or {})
    env["changed"] = planning.env_changes(task)
    return RunRecord(
        config=task.config, seed_key=task.seed_key, repeat=task.repeat, position=task.position, seed=task.seed,
        spec_hash=task.spec_hash, status=outcome.get("status", "failed"), exit_code=outcome.get("exit_code"),
        error=outcome.get("error"), metrics=outcome.get("metrics") or {}, predictions=outcome.get("predictions"),
        labels=outcome.get("labels"), seed_calls=outcome.get("seed_calls") or [],
        stdout_tail=outcome.get("stdout_tail", ""), stderr_tail=outcome.get("stderr_tail", ""),
        started=outcome.get("started"), finished=outcome.get("finished"), duration=outcome.get("duration"),
        attempts=attempts, command=command, environment=env,
    )


class _Signals:
    """SIGTERM (and SIGHUP) turn into the same clean stop as Ctrl-C, in the main thread only."""

    def __init__(self) -> None:
        self.previous: dict[int, object] = {}

    def __enter__(self) -> "_Signals":
        if hasattr(signal, "SIGTERM") and _main_thread():
            for signum in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
                if signum is not None:
                    self.previous[signum] = signal.signal(signum, self._raise)
        return self

    @staticmethod
    def _raise(signum, frame):
        raise _Stop(signum)

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)


class _Stop(BaseException):
    def __init__(self, signum: int):
        self.signum = signum


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def run_study(study: Study, store_path: Path | str, *, jobs: int | None = None, gpus: list[str] | None = None,
              per_gpu: int = 1, backend: str = "local", ray_address: str | None = None, retries: int | None = None,
              time_budget: float | None = None, replace: bool = False, copy_workdir: bool = False,
              on_event: Callable[[str, RunTask, dict | None], None] | None = None) -> SweepReport:
    """Run every unfinished run of `study`, recording each in the SQLite store at `store_path`.

    Finished runs (status ok) are skipped, so calling it again resumes a sweep, and a larger seed
    list adds only the new seeds. `on_event(kind, task, outcome)` is told "start" (outcome None),
    "retry" and "done". Raises Interrupted on Ctrl-C/SIGTERM (finished runs kept), StoreError when
    the store cannot be used, runtime.PoolError when the backend cannot start.
    """
    store_path = Path(store_path)
    started = time.monotonic()
    report = SweepReport()
    retries = study.retries if retries is None else retries
    jobs = jobs or default_jobs(gpus, per_gpu)
    try:
        with Store.open(store_path) as store, _Signals():
            check_configs(store, study, replace)
            save_study(store, study)
            todo, report.skipped = pending_runs(study, store)
            report.planned = len(todo) + report.skipped
            if todo:
                keep = keepings(study)
                save_keepings(store, keep)
                cwd, temp = prepare_workdir(study, copy_workdir)
                try:
                    pool = make_backend(backend, jobs, gpus, per_gpu, ray_address)
                    try:
                        tasks = build_tasks(study, todo, store_path, cwd, getattr(pool, "jobs", jobs), keep)
                        commands = {run.key: run.config.display() for run in todo}
                        _sweep(pool, tasks, store, commands, report, retries, time_budget, started, on_event)
                    except BaseException:
                        pool.cancel()  # kill the runs in flight: they are not finished, so they rerun
                        raise
                    finally:
                        pool.close()
                finally:
                    if temp:
                        shutil.rmtree(temp, ignore_errors=True)
    except (KeyboardInterrupt, _Stop) as stop:
        signum = stop.signum if isinstance(stop, _Stop) else signal.SIGINT
        raise Interrupted(int(signum), _kept(store_path, report.skipped + report.ran), store_path) from None
    report.wall_s = time.monotonic() - started
    return report


def _sweep(pool, tasks: list[RunTask], store: Store, commands: dict, report: SweepReport, retries: int,
           time_budget: float | None, started: float, on_event) -> None:
    """Keep the backend fed (retries first), record each run as it ends; stop feeding past the budget."""
    queued = list(tasks)
    attempts: dict[tuple, int] = {}
    in_flight = 0

    def feed() -> None:
        nonlocal in_flight
        while queued and in_flight < pool.jobs * 2:
            if time_budget is not None and time.monotonic() - started > time_budget:
                report.stopped_by_budget = True
                queued.clear()
                return
            task = queued.pop(0)
            if time_budget is not None:
                left = max(1.0, time_budget - (time.monotonic() - started))
                task = replace_task(task, timeout=min(task.timeout or left, left))
            attempts[task.key] = attempts.get(task.key, 0) + 1
            pool.submit(task)
            in_flight += 1
            if on_event:
                on_event("start", task, None)

    feed()
    for task, outcome in pool.as_completed():
        in_flight -= 1
        status = outcome.get("status", "failed")
        if status in RETRYABLE and attempts[task.key] <= retries:
            if on_event:
                on_event("retry", task, outcome)
            queued.insert(0, task)
        else:
            store.record(_record(task, outcome, attempts[task.key], commands[task.key]))
            report.ran += 1
            report.count(status)
            if on_event:
                on_event("done", task, outcome)
        feed()


def _kept(store_path: Path, counted: int) -> int:
    """How many finished runs the store holds: read back, because the signal may have come between a
    run's commit and its count."""
    try:
        return len(load_records(store_path)[0])
    except Exception:  # the store cannot be read back: say what was counted
        return counted


def load_records(store_path: Path | str) -> tuple[list[RunRecord], dict]:
    """Every stored run and the stored study (for re-analysis without running anything)."""
    with Store.open(Path(store_path), create=False, lock=False) as store:
        return store.runs(), saved_study(store)
