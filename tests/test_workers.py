"""Pool workers end with the process that started them, even when it is killed with SIGKILL."""
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
    from concurrent.futures import ProcessPoolExecutor
    from seedaudit.workers import die_with_parent

    def pid(_):
        time.sleep(0.5)
        return os.getpid()

    def block(_):
        time.sleep(120)

    if __name__ == "__main__":
        pool = ProcessPoolExecutor(2, initializer=die_with_parent, initargs=(os.getpid(),))
        pids = set(pool.map(pid, range(4)))
        futures = [pool.submit(block, i) for i in range(2)]
        with open(sys.argv[1], "w") as handle:
            handle.write(" ".join(map(str, pids)))
        time.sleep(120)
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
    while not (pids_file.exists() and pids_file.read_text()) and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = [int(p) for p in pids_file.read_text().split()]
    assert workers and all(_alive(p) for p in workers)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in workers)
