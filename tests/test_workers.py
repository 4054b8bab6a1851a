"""Pool workers (runtime.map_in_processes, as check and paper use it) end with the process that started them,
even when it is killed with SIGKILL; a scan's workers (runtime.WorkerPool) never wait on their driver's bookkeeping."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

PARENT = textwrap.dedent("""
    import os, sys, time
    from seedaudit.runtime import map_in_processes

    def block(_):
        with open(sys.argv[1], "a") as handle:
            handle.write(f"{os.getpid()}\\n")
        time.sleep(120)

    if __name__ == "__main__":
        map_in_processes(block, range(2), 2)
""")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat").read_text().split()[2] if Path(f"/proc/{pid}/stat").exists() else "X"
    return state not in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux only")
def test_workers_die_when_their_parent_is_killed(tmp_path):
    script, pids_file = tmp_path / "parent.py", tmp_path / "pids"
    script.write_text(PARENT)
    parent = subprocess.Popen([sys.executable, str(script), str(pids_file)], cwd=Path(__file__).resolve().parents[1])
    deadline = time.monotonic() + 60
    while not (pids_file.exists() and len(pids_file.read_text().split()) == 2) and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = [int(p) for p in pids_file.read_text().split()]
    assert workers and all(_alive(p) for p in workers)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in workers)


def _note_start(item: tuple[str, int]) -> int:
    """Work for the pool test: say that the item started (a line in a file), then return it."""
    path, number = item
    with open(path, "a") as handle:
        handle.write(f"{number}\n")
    return number


def test_a_free_worker_takes_its_next_item_before_the_caller_handles_a_result(tmp_path):
    """A scan's driver writes and syncs each record as it arrives: the worker must not wait idle for that."""
    from seedaudit.runtime import WorkerPool

    started = tmp_path / "started"
    pool = WorkerPool(_note_start, 1)
    try:
        for number in range(2):
            pool.submit((str(started), number), 60)
        results = pool.as_completed()
        _, first = next(results)
        deadline = time.monotonic() + 20  # the caller is still busy with the first result here
        while "1" not in started.read_text().split() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert started.read_text().split() == ["0", "1"] and first == 0
        assert [result for _, result in results] == [1]
    finally:
        pool.close()
