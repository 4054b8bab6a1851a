"""Run one command to its end: own process group, time limit, memory limit, outputs to files.

Used by every backend (threads of the local pool, Ray workers), so it is a plain function over
a picklable `RunTask`. Linux-first: a run dies with the thread that started it even if the runner
is killed with SIGKILL (PR_SET_PDEATHSIG). A Python command gets it from the seed shim at start-up,
which also exits when the runner died before that; any other command (or a memory limit, or a
Python that skips sitecustomize: -I, -S, -E) starts through a tiny launcher that sets it before
exec, at the cost of one more interpreter start. The shim repeats it in every Python descendant.
Elsewhere only the process-group kill on normal exits applies.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import metrics as metrics_io

TAIL_BYTES = 4000
KILL_GRACE_S = 3.0
STDOUT, STDERR, SEEDS = "stdout.txt", "stderr.txt", "seeds.jsonl"
_PYTHON = re.compile(r"python[0-9.]*")

# PR_SET_PDEATHSIG, optional address-space limit, then exec: runs under `python -I -S` (no site, no shim)
_LAUNCHER = """\
import os, sys
limit, parent = int(sys.argv[1]), int(sys.argv[2])
try:
    import ctypes, signal
    ctypes.CDLL(None).prctl(1, int(signal.SIGKILL), 0, 0, 0)
except Exception:
    pass
if os.getppid() != parent:  # the runner died before prctl took effect
    sys.exit(137)
os.environ["SEEDAUDIT_RUN_PID"] = str(os.getpid())  # the shim need not set PR_SET_PDEATHSIG again
if limit:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
try:
    os.execvp(sys.argv[3], sys.argv[3:])
except OSError as exc:
    sys.stderr.write("seedaudit: cannot start %s: %s\\n" % (sys.argv[3], exc.strerror))
    sys.exit(127)
"""


@dataclass(frozen=True)
class RunTask:
    """Everything one run needs, already resolved (argv with the seed filled in, full environment)."""

    config: str
    seed_key: str
    seed: int | None
    repeat: int
    position: int
    spec_hash: str
    argv: tuple[str, ...]
    env: dict[str, str]
    cwd: str
    out_dir: str
    timeout: float | None = None
    memory_mb: int | None = None
    metric_regex: str | None = None
    default_metric: str | None = None
    slot_env: dict[str, str] = field(default_factory=dict)  # set by the scheduler (GPU slot)

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.config, self.seed_key, self.repeat)

    def label(self) -> str:
        repeat = f" repeat {self.repeat}" if self.repeat else ""
        return f"{self.config} seed={self.seed_key}{repeat}"


class _Live:
    """Process groups of the runs in flight, so a cancel (Ctrl-C, SIGTERM) can kill them all."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._groups: set[int] = set()
        self.cancelled = threading.Event()

    def add(self, pid: int) -> None:
        with self._lock:
            self._groups.add(pid)

    def remove(self, pid: int) -> None:
        with self._lock:
            self._groups.discard(pid)

    def kill_all(self) -> None:
        self.cancelled.set()
        with self._lock:
            groups = list(self._groups)
        for pid in groups:
            _kill_group(pid, signal.SIGTERM)
        deadline = time.monotonic() + KILL_GRACE_S
        while time.monotonic() < deadline and any(_group_alive(p) for p in groups):
            time.sleep(0.05)
        for pid in groups:
            _kill_group(pid, signal.SIGKILL)


LIVE = _Live()


def _kill_group(pid: int, sig: int) -> None:
    try:
        os.killpg(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _group_alive(pid: int) -> bool:
    try:
        os.killpg(pid, 0)
        return True
    except (ProcessLookupError, PermissionError):
        return False


def _tail(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - TAIL_BYTES))
            return handle.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def resolve_program(argv: tuple[str, ...], env: dict[str, str], cwd: str) -> str | None:
    """The executable that argv[0] names, or None when there is none (so: 'command not found')."""
    program = argv[0]
    if os.sep in program or (os.altsep and os.altsep in program):
        path = Path(program if os.path.isabs(program) else os.path.join(cwd, program))
        return str(path) if path.is_file() and os.access(path, os.X_OK) else None
    return shutil.which(program, path=env.get("PATH", os.defpath))


def shim_starts(argv: tuple[str, ...]) -> bool:
    """Whether the command is a Python that loads the seed shim (sitecustomize from PYTHONPATH)."""
    if not _PYTHON.fullmatch(os.path.basename(argv[0])):
        return False
    for arg in argv[1:]:
        if not arg.startswith("-") or arg.startswith("--") or arg in ("-m", "-c"):
            return True
        if any(flag in arg[1:] for flag in "ISE"):
            return False
    return True


def launch_argv(task: RunTask) -> list[str]:
    limit = (task.memory_mb or 0) * 1024 * 1024
    if sys.platform.startswith("linux") and (limit or not shim_starts(task.argv)):
        return [sys.executable, "-I", "-S", "-c", _LAUNCHER, str(limit), str(os.getpid()), *task.argv]
    return list(task.argv)


def run_one(task: RunTask) -> dict[str, Any]:
    """Run the task; return the outcome fields of its RunRecord (status, metrics, tails, timings)."""
    out_dir = Path(task.out_dir)
    shutil.rmtree(out_dir, ignore_errors=True)  # an earlier, unfinished attempt
    out_dir.mkdir(parents=True, exist_ok=True)
    env = {**task.env, **task.slot_env, "SEEDAUDIT_PARENT_PID": str(os.getpid())}
    outcome: dict[str, Any] = {"started": time.time(), "exit_code": None, "error": None, "metrics": {},
                               "environment": {"slot": task.slot_env}}
    if LIVE.cancelled.is_set():
        return {**outcome, "status": "killed", "error": "cancelled before it started", "finished": time.time(),
                "duration": 0.0}
    if resolve_program(task.argv, env, task.cwd) is None:
        return {**outcome, "status": "not-found", "exit_code": 127, "finished": time.time(), "duration": 0.0,
                "error": f"command not found: {task.argv[0]}"}
    status = None
    clock = time.monotonic()
    with open(out_dir / STDOUT, "wb") as stdout, open(out_dir / STDERR, "wb") as stderr:
        try:
            proc = subprocess.Popen(launch_argv(task), cwd=task.cwd, env=env, stdin=subprocess.DEVNULL,
                                    stdout=stdout, stderr=stderr, start_new_session=True)
        except OSError as exc:
            return {**outcome, "status": "not-found", "exit_code": 127, "finished": time.time(), "duration": 0.0,
                    "error": f"cannot start {task.argv[0]}: {exc.strerror or exc}"}
        LIVE.add(proc.pid)
        expired = threading.Event()
        timer = threading.Timer(task.timeout, _expire, (proc, expired)) if task.timeout else None
        try:
            if timer is not None:
                timer.daemon = True
                timer.start()
            proc.wait()  # a blocking wait: `wait(timeout=)` polls, and its sleeps cost a run up to 50 ms
        finally:
            if timer is not None:
                timer.cancel()
            _kill_group(proc.pid, signal.SIGKILL)  # leftovers of a run that exited but left children
            LIVE.remove(proc.pid)
        if expired.is_set():
            status = "timeout"
    outcome["duration"] = time.monotonic() - clock
    outcome["finished"] = time.time()
    outcome["exit_code"] = proc.returncode
    outcome["stdout_tail"] = _tail(out_dir / STDOUT)
    outcome["stderr_tail"] = _tail(out_dir / STDERR)
    outcome["seed_calls"] = read_seed_calls(out_dir / SEEDS, task.cwd)
    found, extra = metrics_io.read_run_outputs(out_dir, out_dir / STDOUT, task.metric_regex, task.default_metric)
    outcome["metrics"] = found
    outcome.update({k: extra[k] for k in ("predictions", "labels") if k in extra})
    outcome["status"], outcome["error"] = _judge(task, status, proc.returncode, found)
    return outcome


def _expire(proc: subprocess.Popen, expired: threading.Event) -> None:
    """The run's time is up: SIGTERM to its group, SIGKILL after the grace period (in a timer thread)."""
    expired.set()
    _kill_group(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + KILL_GRACE_S
    while proc.returncode is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if proc.returncode is None:
        _kill_group(proc.pid, signal.SIGKILL)


def _judge(task: RunTask, status: str | None, code: int, found: dict[str, float]) -> tuple[str, str | None]:
    if status == "timeout":
        return "timeout", f"timed out after {task.timeout:g} s"
    if LIVE.cancelled.is_set() and code is not None and code < 0:
        return "killed", "killed when the runner stopped"
    if code == 127 and not found:
        return "not-found", f"command not found: {task.argv[0]}"
    if code != 0:
        how = f"killed by signal {-code}" if code < 0 else f"exit code {code}"
        if code in (137, -9) and task.memory_mb:
            how += f" (memory limit {task.memory_mb} MB?)"
        return "failed", how
    if not found:
        return "no-metric", "printed no metric (use seedaudit.log_metric, a JSON line, or --metric-regex)"
    bad = metrics_io.non_finite(found)
    if bad:
        return "bad-metric", "metric " + ", ".join(f"{name} is {found[name]}" for name in bad)
    return "ok", None


def read_seed_calls(path: Path, cwd: str, limit: int = 50) -> list[dict[str, Any]]:
    """The shim's log, one entry per distinct (call, site, seed), with a count."""
    import json

    calls: dict[tuple, dict[str, Any]] = {}
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        site = str(entry.get("site", ""))
        if site.startswith(cwd.rstrip(os.sep) + os.sep):
            site = site[len(cwd.rstrip(os.sep)) + 1:]
        key = (entry.get("call"), site, json.dumps(entry.get("original")), json.dumps(entry.get("used")))
        if key in calls:
            calls[key]["count"] += 1
        elif len(calls) < limit:
            calls[key] = {"call": entry.get("call"), "site": site, "original": entry.get("original"),
                          "used": entry.get("used"), "injected": bool(entry.get("injected")), "count": 1}
            if entry.get("kept"):
                calls[key]["kept"] = str(entry["kept"])
    return list(calls.values())
