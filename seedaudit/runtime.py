"""Where work runs, for every engine: local processes and Ray, behind one public interface.

- `map_in_processes(fn, items, jobs)`: an ordered map over a process pool (serial for one job or one
  item). `check` parses files and `paper` reads papers with it; nothing in it is fork-only, since both
  run as pre-commit hooks on macOS and Windows too.
- `WorkerPool`: isolated worker processes for work that may crash, hang or exhaust memory (`scan`): one
  item per worker at a time, an address-space limit per worker, a deadline per item. A worker that
  dies or overruns is killed and replaced, and its item comes back as `Lost`.
- `ThreadPool`: calls that each wait on a child process (`rerun`'s runs), with resource slots (GPU
  environments) handed out one per running call.
- `RayPool`: tasks on a Ray cluster (`scan`, `rerun`), started here or joined.

The pools share one shape: `submit`, `as_completed` (results as they come, `Lost` for an item whose
worker failed), `cancel` (not ThreadPool: a thread cannot be stopped, its caller ends the child
process the call waits on), `close`. Only the driver receives results; local workers end with the process
that started them (`die_with_parent`), so a driver killed with SIGKILL leaves no orphans behind.
multiprocessing and concurrent.futures are imported when a pool starts, not with this module: a
pre-commit `check` of a few files runs serially and should not pay for them.
"""
from __future__ import annotations

import os
import queue
import signal
import sys
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from .errors import SeedauditError

POLL_S = 0.2  # how often a waiting driver looks at deadlines (and lets Ctrl-C through)
_PR_SET_PDEATHSIG = 1


class PoolError(SeedauditError, RuntimeError):
    """A pool cannot start (Ray missing or unreachable, an unknown backend)."""


@dataclass(frozen=True)
class Lost:
    """What an item yields instead of its result: its worker died (`exitcode` of a local worker process;
    `exception`, what the call or Ray raised) or the item ran past its deadline (`timed_out`)."""

    exitcode: int | None = None
    exception: BaseException | None = None
    timed_out: bool = False


def worker_count(jobs: int) -> int:
    """`--jobs` as a number of workers: 0 means one per CPU."""
    return jobs or os.cpu_count() or 1


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


def runs_serially(jobs: int, items: int) -> bool:
    """Whether `map_in_processes` maps in this process: for one job or one item a pool costs more than it
    saves."""
    return min(jobs, items) <= 1


def map_in_processes(fn: Callable[[Any], Any], items: Iterable[Any], jobs: int, *, chunks_per_worker: int = 4,
                     prepare: Callable[[Any], None] | None = None) -> list[Any]:
    """`[fn(item) for item in items]`, in order, on up to `jobs` worker processes; serial for one job or
    one item, where a pool costs more than it saves. `prepare(context)` runs in the parent before the
    workers start (to build what forked workers then inherit). Each worker gets about
    `chunks_per_worker` chunks of items: fewer round trips, still balanced."""
    items = list(items)
    if runs_serially(jobs, len(items)):
        return [fn(item) for item in items]
    workers = min(jobs, len(items))
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context()
    if prepare is not None:
        prepare(context)
    chunk = max(1, len(items) // (workers * chunks_per_worker))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        return list(pool.map(fn, items, chunksize=chunk))


# --- isolated worker processes -----------------------------------------------------------------------

def _leave(signum, frame) -> None:
    """A worker's SIGTERM (sent by the kernel when the driver dies): leave at once, quietly, temporary
    folders removed on the way out. A forked worker would otherwise keep the driver's handler, which
    may turn SIGTERM into KeyboardInterrupt: a traceback per worker under a killed driver."""
    raise SystemExit(128 + signum)


def _isolate(parent: int, memory_mb: int | None) -> None:
    signal.signal(signal.SIGTERM, _leave)
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle
    import faulthandler

    faulthandler.disable()  # a native crash is reported once, by the driver, as the item's Lost
    if memory_mb:
        try:
            import resource

            limit = memory_mb * 2**20
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ImportError, ValueError, OSError):
            pass  # no such limit on this platform: the deadline still applies


def _serve(conn, work: Callable[[Any], Any], parent: int, memory_mb: int | None) -> None:
    """A worker's life: one item at a time from the pipe, its result back, until None or the driver is gone."""
    _isolate(parent, memory_mb)
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        result = work(item)
        try:
            conn.send(result)
        except OSError:
            return


class _Worker:
    """One worker process and the item it holds."""

    def __init__(self, context, work: Callable[[Any], Any], memory_mb: int | None):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, work, os.getpid(), memory_mb), daemon=True)
        self.process.start()
        child.close()
        self.busy = False
        self.item: Any = None
        self.deadline = 0.0

    def take(self, item: Any, seconds: float) -> None:
        self.busy, self.item, self.deadline = True, item, time.monotonic() + seconds
        try:
            self.conn.send(item)
        except OSError:
            pass  # it died before taking the item: found on the next wait

    def release(self) -> Any:
        item, self.busy, self.item = self.item, False, None
        return item

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


class WorkerPool:
    """`jobs` isolated worker processes running `work(item)`; items queue in the driver and go to whichever
    worker is free. `work` must return its result (never raise: a worker that raises dies, and its item
    is Lost). `prepare(context)` runs in the parent before the first worker starts."""

    def __init__(self, work: Callable[[Any], Any], jobs: int, *, memory_mb: int | None = None,
                 prepare: Callable[[Any], None] | None = None):
        self.jobs = max(1, jobs)
        self._work = work
        self._memory_mb = memory_mb
        import multiprocessing

        self._context = multiprocessing.get_context()
        if prepare is not None:
            prepare(self._context)
        self._queue: deque[tuple[Any, float]] = deque()
        self._workers: list[_Worker] = []

    def submit(self, item: Any, deadline_s: float) -> None:
        """Queue `item`; once a worker takes it, the worker is killed after `deadline_s` seconds."""
        self._queue.append((item, deadline_s))

    def _dispatch(self) -> None:
        while self._queue:
            idle = next((w for w in self._workers if not w.busy), None)
            if idle is None:
                if len(self._workers) >= self.jobs:
                    return
                idle = _Worker(self._context, self._work, self._memory_mb)
                self._workers.append(idle)
            idle.take(*self._queue.popleft())

    def _retire(self, worker: _Worker) -> Any:
        worker.stop(kill=True)
        self._workers.remove(worker)
        return worker.release()

    def as_completed(self) -> Iterator[tuple[Any, Any]]:
        """(item, result or Lost) as items finish, until nothing is queued or running."""
        from multiprocessing.connection import wait

        while self._queue or any(w.busy for w in self._workers):
            self._dispatch()
            busy = {w.conn: w for w in self._workers if w.busy}
            now = time.monotonic()
            timeout = min([POLL_S] + [max(0.0, w.deadline - now) for w in busy.values()])
            for conn in wait(list(busy), timeout=timeout):
                worker = busy[conn]
                try:
                    result = conn.recv()
                except (EOFError, OSError):
                    worker.process.join(timeout=5)
                    result = Lost(exitcode=worker.process.exitcode)
                    yield self._retire(worker), result
                    continue
                item = worker.release()
                self._dispatch()  # the worker takes its next item before the caller stores this result
                yield item, result
            now = time.monotonic()
            for worker in [w for w in self._workers if w.busy and w.deadline <= now]:
                yield self._retire(worker), Lost(timed_out=True)

    def cancel(self) -> None:
        """Drop the queue and kill every worker (what they held is not reported)."""
        self._queue.clear()
        for worker in list(self._workers):
            self._retire(worker)

    def close(self) -> None:
        for worker in self._workers:
            worker.stop(kill=worker.busy)
        self._workers.clear()


# --- threads that wait on child processes ------------------------------------------------------------

class ThreadPool:
    """Up to `jobs` concurrent calls of `call(item, slot)` on threads, for calls that wait on a child
    process (the work is in the children, so threads suffice and nothing is pickled). With `slots` (say,
    one environment per GPU share) each running call holds one slot (None without), so at most
    len(slots) run at once. A call that raises yields Lost(exception=...) instead of hanging the pool."""

    def __init__(self, call: Callable[[Any, Any], Any], jobs: int, slots: list[Any] | None = None):
        self.jobs = min(jobs, len(slots)) if slots else jobs
        self._call = call
        self._slots: queue.Queue[Any] | None = None
        if slots:
            self._slots = queue.Queue()
            for slot in slots:
                self._slots.put(slot)
        from concurrent.futures import ThreadPoolExecutor

        self._threads = ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="seedaudit-worker")
        self._done: queue.Queue[tuple[Any, Any]] = queue.Queue()
        self._pending = 0

    def _run(self, item: Any) -> None:
        slot = self._slots.get() if self._slots is not None else None
        try:
            result = self._call(item, slot)
        except Exception as exc:
            result = Lost(exception=exc)
        finally:
            if self._slots is not None:
                self._slots.put(slot)
        self._done.put((item, result))

    def submit(self, item: Any) -> None:
        self._pending += 1
        self._threads.submit(self._run, item)

    def as_completed(self) -> Iterator[tuple[Any, Any]]:
        """(item, result or Lost) as calls end; submissions made while iterating are waited for too."""
        while self._pending:
            try:
                item = self._done.get(timeout=POLL_S)  # a timeout keeps Ctrl-C responsive
            except queue.Empty:
                continue
            self._pending -= 1
            yield item

    def close(self) -> None:
        """Wait for the running calls (end their children first to stop at once); drop the queued ones."""
        self._threads.shutdown(wait=True, cancel_futures=True)


# --- Ray ---------------------------------------------------------------------------------------------

def assigned_gpus() -> list[str]:
    """Inside a Ray task: the ids of the GPUs Ray assigned to it (as CUDA_VISIBLE_DEVICES names them)."""
    import ray

    return [str(int(g)) if str(g).isdigit() else str(g) for g in ray.get_gpu_ids()]


class RayPool:
    """Calls of `fn(item)` as Ray tasks: one CPU each, 1/per_gpu of a GPU each when `gpus` is not 0, and
    no retries (a call whose worker dies comes back as Lost). It starts a local instance with `jobs`
    CPUs and `gpus` GPUs, or joins the cluster at `address` (or one already initialised in this process);
    `close` shuts down only an instance it started."""

    def __init__(self, fn: Callable[[Any], Any], jobs: int, *, gpus: int = 0, per_gpu: int = 1,
                 address: str | None = None):
        try:
            import ray
        except ImportError:
            raise PoolError("--backend ray needs Ray: pip install 'seedaudit[ray]'") from None
        self._ray = ray
        self._started_here = not ray.is_initialized()
        try:
            if self._started_here:
                options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                           "ignore_reinit_error": True, "configure_logging": False}
                if address:
                    options["address"] = address
                else:
                    options.update(num_cpus=jobs, num_gpus=gpus)
                ray.init(**options)
            resources: dict[str, Any] = {"num_cpus": 1, "max_retries": 0}
            if gpus:
                resources["num_gpus"] = 1.0 / per_gpu
            self._remote = ray.remote(**resources)(fn)
        except Exception as exc:
            self.close()
            raise PoolError(f"cannot start or reach Ray ({address or 'local instance'}): {exc}") from None
        self._refs: dict[Any, tuple[Any, float | None]] = {}

    @property
    def cpus(self) -> int:
        """The cluster's CPUs (at least 1): how many calls can run at once."""
        return max(1, int(self._ray.cluster_resources().get("CPU", 1)))

    @property
    def in_flight(self) -> int:
        return len(self._refs)

    def submit(self, item: Any, deadline_s: float | None = None) -> None:
        """Start `fn(item)`; with `deadline_s`, a call still running that many seconds from now is
        cancelled and comes back as Lost(timed_out=True)."""
        deadline = None if deadline_s is None else time.monotonic() + deadline_s
        self._refs[self._remote.remote(item)] = (item, deadline)

    def wait(self, timeout: float = POLL_S) -> list[tuple[Any, Any]]:
        """(item, result or Lost) for the calls that finished within `timeout` seconds or passed their deadline."""
        if not self._refs:
            return []
        done: list[tuple[Any, Any]] = []
        ready, _ = self._ray.wait(list(self._refs), num_returns=1, timeout=timeout)
        for ref in ready:
            item, _ = self._refs.pop(ref)
            try:
                done.append((item, self._ray.get(ref)))
            except Exception as exc:  # the worker died (segfault, OOM, node lost)
                done.append((item, Lost(exception=exc)))
        now = time.monotonic()
        for ref, (item, deadline) in list(self._refs.items()):
            if deadline is not None and deadline <= now:
                del self._refs[ref]
                self._ray.cancel(ref, force=True)
                done.append((item, Lost(timed_out=True)))
        return done

    def as_completed(self) -> Iterator[tuple[Any, Any]]:
        """(item, result or Lost) as calls end; submissions made while iterating are waited for too."""
        while self._refs:
            yield from self.wait()

    def cancel(self) -> None:
        """Cancel every call in flight (force: their workers are killed); none is reported."""
        for ref in list(self._refs):
            try:
                self._ray.cancel(ref, force=True)
            except Exception:
                pass
        self._refs.clear()

    def close(self) -> None:
        if self._started_here and self._ray.is_initialized():
            self._ray.shutdown()
