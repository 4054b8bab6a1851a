"""Where runs execute: a local pool (default) or Ray, behind one interface: submit, as_completed.

The local pool is threads, each waiting on one child process (the work is in the children).
GPU slots are environments handed out one per concurrent run; on Ray the scheduler assigns GPUs
(fractional with --per-gpu) and the task turns its assignment into the same variables.
"""
from __future__ import annotations

import queue
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any, Iterator, Protocol

from .execute import LIVE, RunTask, run_one
from .plan import CUBLAS_WORKSPACE, gpu_slots

POLL_S = 0.2


class BackendError(RuntimeError):
    """The backend cannot start (e.g. Ray is not installed)."""


class Backend(Protocol):
    def submit(self, task: RunTask) -> None: ...

    def as_completed(self) -> Iterator[tuple[RunTask, dict[str, Any]]]: ...

    def cancel(self) -> None: ...

    def close(self) -> None: ...


class LocalBackend:
    """A process pool of `jobs` concurrent runs; with GPU slots, each run holds one slot."""

    name = "local"

    def __init__(self, jobs: int, gpus: list[str] | None = None, per_gpu: int = 1):
        slots = gpu_slots(gpus, per_gpu)
        self.jobs = min(jobs, len(slots)) if slots else jobs
        self._slots: queue.Queue[dict[str, str]] | None = None
        if slots:
            self._slots = queue.Queue()
            for slot in slots:
                self._slots.put(slot)
        self._pool = ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="seedaudit-run")
        self._done: queue.Queue[tuple[RunTask, dict[str, Any]]] = queue.Queue()
        self._pending = 0
        LIVE.cancelled.clear()

    def _run(self, task: RunTask) -> None:
        slot = self._slots.get() if self._slots is not None else {}
        try:
            outcome = run_one(replace(task, slot_env=slot))
        except Exception as exc:  # a bug here must not hang the sweep
            outcome = {"status": "failed", "error": f"runner error: {type(exc).__name__}: {exc}", "metrics": {}}
        finally:
            if self._slots is not None:
                self._slots.put(slot)
        self._done.put((task, outcome))

    def submit(self, task: RunTask) -> None:
        self._pending += 1
        self._pool.submit(self._run, task)

    def as_completed(self) -> Iterator[tuple[RunTask, dict[str, Any]]]:
        """Finished runs as they come; new submissions made while iterating are waited for too."""
        while self._pending:
            try:
                item = self._done.get(timeout=POLL_S)  # a timeout keeps Ctrl-C responsive
            except queue.Empty:
                continue
            self._pending -= 1
            yield item

    def cancel(self) -> None:
        LIVE.kill_all()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _ray_task(task: RunTask) -> dict[str, Any]:
    """Body of the Ray task: Ray's GPU assignment becomes the slot environment of the run."""
    import ray

    gpu_ids = ray.get_gpu_ids()
    slot = {}
    if gpu_ids:
        slot = {"CUDA_VISIBLE_DEVICES": ",".join(str(int(g)) if str(g).isdigit() else str(g) for g in gpu_ids),
                "CUBLAS_WORKSPACE_CONFIG": CUBLAS_WORKSPACE}
    return run_one(replace(task, slot_env=slot))


class RayBackend:
    """The same semantics on Ray: one CPU per run, 1/per_gpu of a GPU per run when GPUs are asked for."""

    name = "ray"

    def __init__(self, jobs: int, gpus: list[str] | None = None, per_gpu: int = 1, address: str | None = None):
        try:
            import ray
        except ImportError:
            raise BackendError("--backend ray needs Ray: pip install 'seedaudit[ray]'") from None
        self._ray = ray
        self._started_here = not ray.is_initialized()
        if self._started_here:
            options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                       "ignore_reinit_error": True, "configure_logging": False}
            if address:
                options["address"] = address
            else:
                options.update(num_cpus=jobs, num_gpus=len(gpus or []))
            try:
                ray.init(**options)
            except Exception as exc:
                raise BackendError(f"cannot start or reach Ray ({address or 'local instance'}): {exc}") from None
        self.jobs = jobs
        resources: dict[str, Any] = {"num_cpus": 1, "max_retries": 0}
        if gpus:
            resources["num_gpus"] = 1.0 / per_gpu
        self._remote = ray.remote(**resources)(_ray_task)
        self._refs: dict[Any, RunTask] = {}

    def submit(self, task: RunTask) -> None:
        self._refs[self._remote.remote(task)] = task

    def as_completed(self) -> Iterator[tuple[RunTask, dict[str, Any]]]:
        while self._refs:
            ready, _ = self._ray.wait(list(self._refs), num_returns=1, timeout=POLL_S)
            for ref in ready:
                task = self._refs.pop(ref)
                try:
                    outcome = self._ray.get(ref)
                except Exception as exc:  # the worker died (OOM, node lost)
                    outcome = {"status": "failed", "error": f"ray task failed: {type(exc).__name__}", "metrics": {}}
                yield task, outcome

    def cancel(self) -> None:
        for ref in list(self._refs):
            try:
                self._ray.cancel(ref, force=True)
            except Exception:
                pass
        self._refs.clear()

    def close(self) -> None:
        if self._started_here:
            self._ray.shutdown()


def make_backend(name: str, jobs: int, gpus: list[str] | None = None, per_gpu: int = 1,
                 address: str | None = None) -> Backend:
    if name == "local":
        return LocalBackend(jobs, gpus, per_gpu)
    if name == "ray":
        return RayBackend(jobs, gpus, per_gpu, address)
    raise BackendError(f"unknown backend {name!r} (local or ray)")
