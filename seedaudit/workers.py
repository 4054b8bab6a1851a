"""Worker processes that end with the process that started them."""
from __future__ import annotations

import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Run first in every worker: ask the kernel (Linux) to send this process SIGTERM when its parent
    dies, so a `seedaudit check`, `paper` or `scan` killed with SIGKILL leaves no orphan workers behind
    (they would otherwise finish their task and then wait forever on a queue nobody writes to)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)
