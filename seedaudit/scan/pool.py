"""Where scan tasks run: replaceable local worker processes (default) or Ray, behind the re-runner's
backend interface (`submit`, `as_completed`, `cancel`, `close`).

Each local worker is its own process that audits one document at a time. A worker that dies (a
segfault in a native PDF library, the kernel's OOM killer) or runs past the hard time limit is killed
and replaced, and its document comes back as an error record: the scan goes on. Workers hold a memory
limit (RLIMIT_AS where the platform has it), so a runaway document raises MemoryError in its worker.
Only the driver ever writes results; Ray workers get the document's bytes, so they need no shared disk.
"""
from __future__ import annotations

import faulthandler
import multiprocessing
import os
import signal
import time
from collections import deque
from multiprocessing.connection import wait
from typing import Any, Callable, Iterator

from .work import Task, audit_task, error_record, with_data
from ..workers import die_with_parent

GRACE_S = 10.0  # beyond the engine's own soft time limit, before a worker is killed
POLL_S = 0.2  # how often the driver looks at deadlines (and Ctrl-C) while it waits


class PoolError(RuntimeError):
    """The pool cannot start (Ray missing or unreachable)."""


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


def _quit(signum, frame) -> None:
    """A worker's SIGTERM (sent by the kernel when the driver dies): leave at once, quietly, temporary
    folders removed on the way out. A forked worker would otherwise keep the driver's handler, which
    turns SIGTERM into KeyboardInterrupt: a traceback per worker under a killed scan."""
    raise SystemExit(128 + signum)


def _worker_main(conn, memory_mb: int | None, work: Callable[[Task], dict[str, Any]], driver: int) -> None:
    signal.signal(signal.SIGTERM, _quit)
    die_with_parent(driver)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle
    faulthandler.disable()  # a native crash is reported once, by the driver, as the document's error line
    if memory_mb:
        try:
            import resource

            limit = memory_mb * 2**20
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ImportError, ValueError, OSError):
            pass  # no such limit on this platform: the hard time limit still applies
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the driver is gone
        if task is None:
            return
        record = work(task)
        try:
            conn.send((task.key, record))
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, context, memory_mb: int | None, work):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, memory_mb, work, os.getpid()),
                                       daemon=True)
        self.process.start()
        child.close()
        self.task: Task | None = None
        self.deadline = 0.0

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(timeout=None if kill else 2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class LocalPool:
    """`jobs` worker processes; tasks queue in the driver and go to whichever worker is free."""

    name = "local"

    def __init__(self, jobs: int, *, time_limit: float, memory_mb: int | None = None,
                 work: Callable[[Task], dict[str, Any]] = audit_task):
        self.jobs = max(1, jobs)
        self.time_limit = time_limit
        self.memory_mb = memory_mb
        self.work = work
        self._context = multiprocessing.get_context()
        from ..paper.nlp import share_with_forked_workers

        share_with_forked_workers(self._context)
        self._queue: deque[Task] = deque()
        self._workers: list[_Worker] = []

    def submit(self, task: Task) -> None:
        self._queue.append(task)

    def _dispatch(self) -> None:
        while self._queue:
            idle = next((w for w in self._workers if w.task is None), None)
            if idle is None:
                if len(self._workers) >= self.jobs:
                    return
                idle = _Worker(self._context, self.memory_mb, self.work)
                self._workers.append(idle)
            idle.task = self._queue.popleft()
            idle.deadline = time.monotonic() + hard_limit(self.time_limit, idle.task.kind)
            try:
                idle.conn.send(idle.task)
            except OSError:
                pass  # it died before taking the task: found on the next wait

    def _replace(self, worker: _Worker) -> None:
        worker.stop(kill=True)
        self._workers.remove(worker)

    def as_completed(self) -> Iterator[tuple[Task, dict[str, Any]]]:
        while self._queue or any(w.task for w in self._workers):
            self._dispatch()
            busy = {w.conn: w for w in self._workers if w.task is not None}
            now = time.monotonic()
            timeout = min([POLL_S] + [max(0.0, w.deadline - now) for w in busy.values()])
            for conn in wait(list(busy), timeout=timeout):
                worker = busy[conn]
                task = worker.task
                try:
                    _, record = conn.recv()
                except (EOFError, OSError):
                    worker.process.join(timeout=5)
                    record = error_record(_death(worker.process.exitcode))
                    self._replace(worker)
                worker.task = None
                yield task, record
            now = time.monotonic()
            for worker in [w for w in self._workers if w.task is not None and w.deadline <= now]:
                task = worker.task
                self._replace(worker)
                yield task, _hung(hard_limit(self.time_limit, task.kind), "worker killed and replaced")

    def cancel(self) -> None:
        self._queue.clear()
        for worker in list(self._workers):
            self._replace(worker)

    def close(self) -> None:
        for worker in self._workers:
            worker.stop(kill=worker.task is not None)
        self._workers.clear()


def _ray_audit(task: Task) -> dict[str, Any]:
    return audit_task(task)


class RayPool:
    """The same work on a Ray cluster: at most one task per cluster CPU in flight, so the hard time
    limit counts from the moment a task can start; a task whose worker dies becomes an error record."""

    name = "ray"

    def __init__(self, jobs: int | None, *, time_limit: float, address: str | None = None):
        from ..rerun.backends import BackendError, RayBackend

        try:  # the re-runner's backend starts or joins the cluster (and shuts down only what it started)
            self._cluster = RayBackend(jobs or 1, address=address)
        except BackendError as exc:
            raise PoolError(str(exc)) from None
        except Exception as exc:
            raise PoolError(f"cannot start or reach Ray ({address or 'local instance'}): {exc}") from None
        ray = self._ray = self._cluster._ray
        self.jobs = max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.time_limit = time_limit
        # Ray's own memory monitor kills a runaway worker; its task then comes back as an error record.
        self._remote = ray.remote(num_cpus=1, max_retries=0)(_ray_audit)
        self._queue: deque[Task] = deque()
        self._refs: dict[Any, tuple[Task, float]] = self._cluster._refs  # so that its cancel() cancels ours

    def submit(self, task: Task) -> None:
        self._queue.append(task)

    def as_completed(self) -> Iterator[tuple[Task, dict[str, Any]]]:
        while self._queue or self._refs:
            while self._queue and len(self._refs) < self.jobs:
                task = self._queue.popleft()
                try:
                    ref = self._remote.remote(with_data(task))
                except OSError as exc:  # gone or unreadable since it was found
                    yield task, error_record(f"cannot be read: {exc.strerror or exc}")
                    continue
                self._refs[ref] = (task, time.monotonic() + hard_limit(self.time_limit, task.kind))
            ready, _ = self._ray.wait(list(self._refs), num_returns=1, timeout=POLL_S)
            for ref in ready:
                task, _ = self._refs.pop(ref)
                task.data = None
                try:
                    record = self._ray.get(ref)
                except Exception as exc:  # the worker died (segfault, OOM, node lost)
                    record = error_record(f"ray worker failed while auditing this document: {type(exc).__name__}")
                yield task, record
            now = time.monotonic()
            for ref, (task, deadline) in list(self._refs.items()):
                if deadline <= now:
                    self._refs.pop(ref)
                    self._ray.cancel(ref, force=True)
                    yield task, _hung(hard_limit(self.time_limit, task.kind), "ray task cancelled")

    def cancel(self) -> None:
        self._queue.clear()
        self._cluster.cancel()

    def close(self) -> None:
        self._cluster.close()


def make_pool(backend: str, jobs: int, *, time_limit: float, memory_mb: int | None, address: str | None):
    if backend == "local":
        return LocalPool(jobs, time_limit=time_limit, memory_mb=memory_mb)
    if backend == "ray":
        return RayPool(jobs, time_limit=time_limit, address=address)
    raise PoolError(f"unknown backend {backend!r} (local or ray)")
