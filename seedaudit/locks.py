"""Exclusive locks that keep two seedaudit processes off one store (flock: Linux, macOS).

The lock is taken on the store itself (a file, or the folder a scan writes into), never on a lock
file beside it: the kernel drops an flock when its holder exits, however it exits (SIGKILL included),
so a lock is never stale and there is nothing to clean up or to race on when it is deleted.
"""
from __future__ import annotations

import os
from pathlib import Path


def hold(path: Path) -> int | None:
    """Lock `path` (a file or a folder) for this process and return the descriptor that holds it (close
    it to release), or None where the platform has no flock. BlockingIOError: another process holds it."""
    try:
        import fcntl
    except ImportError:  # Windows: no protection against a second process
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise
    return fd
