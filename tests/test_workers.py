"""Pool workers (runtime.map_in_processes, as check and paper use it) end with the process that started them,
even when it is killed with SIGKILL."""
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
