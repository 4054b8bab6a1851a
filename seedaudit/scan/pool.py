"""Where scan tasks run: replaceable local worker processes (default) or Ray, both from seedaudit.runtime,
behind one interface (`submit`, `as_completed`, `cancel`, `close`); here a task whose worker is lost
becomes an error record, so the scan goes on.

Each local worker audits one document at a time. A worker that dies (a segfault in a native PDF
library, the kernel's OOM killer) or runs past the hard time limit is killed and replaced. Workers hold
a memory limit (RLIMIT_AS where the platform has it), so a runaway document raises MemoryError in its
worker. Only the driver ever writes results; Ray workers get the document's bytes, so they need no
shared disk.
"""
from __future__ import annotations

import signal
from collections import deque
from typing import Any, Iterator

from .. import runtime
from .work import Task, audit_task, error_record, with_data

GRACE_S = 10.0  # beyond the engine's own soft time limit, before a worker is killed


def hard_limit(time_limit: float, kind: str) -> float:
    """Seconds before a task is killed: the paper engine stops itself at time_limit; a submission's code
    audit has no limit of its own, so it gets five times as long."""
    return time_limit * (5.0 if kind == "submission" else 1.5) + GRACE_S


def _hung(seconds: float, what: str) -> dict[str, Any]:
    return error_record(f"hard time limit of {seconds:.0f} s exceeded (the document hangs); {what}")


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        why = " (likely out of memory)" if -exitcode == signal.SIGKILL else ""
        return f"worker process crashed with {name}{why} while auditing this document; worker replaced"
    return f"worker process exited (code {exitcode}) while auditing this document; worker replaced"


class LocalPool:
    """`jobs` isolated worker processes; tasks queue in the driver and go to whichever worker is free."""

    def __init__(self, jobs: int, *, time_limit: float, memory_mb: int | None = None):
        from ..paper.nlp import share_with_forked_workers

        self.time_limit = time_limit
        self._workers = runtime.WorkerPool(audit_task, jobs, memory_mb=memory_mb, prepare=share_with_forked_workers)

    def submit(self, task: Task) -> None:
        self._workers.submit(task, hard_limit(self.time_limit, task.kind))

    def as_completed(self) -> Iterator[tuple[Task, dict[str, Any]]]:
        for task, record in self._workers.as_completed():
            if isinstance(record, runtime.Lost):
                record = (_hung(hard_limit(self.time_limit, task.kind), "worker killed and replaced")
                          if record.timed_out else error_record(_death(record.exitcode)))
            yield task, record

    def cancel(self) -> None:
        self._workers.cancel()

    def close(self) -> None:
        self._workers.close()


class RayPool:
    """The same work on a Ray cluster: at most one task per cluster CPU in flight, so the hard time
    limit counts from the moment a task can start, and a document's bytes are read only then; a task
    whose worker dies becomes an error record. Ray's own memory monitor kills a runaway worker."""

    def __init__(self, jobs: int | None, *, time_limit: float, address: str | None = None):
        self._tasks = runtime.RayPool(audit_task, jobs or 1, address=address)
        self.jobs = self._tasks.cpus
        self.time_limit = time_limit
        self._queue: deque[Task] = deque()

    def submit(self, task: Task) -> None:
        self._queue.append(task)

    def as_completed(self) -> Iterator[tuple[Task, dict[str, Any]]]:
        while self._queue or self._tasks.in_flight:
            while self._queue and self._tasks.in_flight < self.jobs:
                task = self._queue.popleft()
                try:
                    self._tasks.submit(with_data(task), hard_limit(self.time_limit, task.kind))
                except OSError as exc:  # gone or unreadable since it was found
                    yield task, error_record(f"cannot be read: {exc.strerror or exc}")
            for task, record in self._tasks.wait():
                task.data = None
                if isinstance(record, runtime.Lost):
                    record = (_hung(hard_limit(self.time_limit, task.kind), "ray task cancelled") if record.timed_out
                              else error_record("ray worker failed while auditing this document: "
                                                f"{type(record.exception).__name__}"))
                yield task, record

    def cancel(self) -> None:
        self._queue.clear()
        self._tasks.cancel()

    def close(self) -> None:
        self._tasks.close()


def make_pool(backend: str, jobs: int, *, time_limit: float, memory_mb: int | None, address: str | None):
    if backend == "local":
        return LocalPool(jobs, time_limit=time_limit, memory_mb=memory_mb)
    if backend == "ray":
        return RayPool(jobs, time_limit=time_limit, address=address)
    raise runtime.PoolError(f"unknown backend {backend!r} (local or ray)")
