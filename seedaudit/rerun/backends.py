"""Where runs execute: local threads (default) or Ray, both from seedaudit.runtime, behind one interface:
submit, as_completed, cancel, close; here a run whose call is lost becomes a failed outcome.

Locally each run is a thread waiting on its child process (the work is in the children). GPU slots are
environments handed out one per concurrent run; on Ray the scheduler assigns GPUs (fractional with
--per-gpu) and the task turns its assignment into the same variables.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterator, Protocol

from .. import runtime
from .execute import LIVE, RunTask, run_one
from .plan import CUBLAS_WORKSPACE, gpu_slots


class Backend(Protocol):
    jobs: int

    def submit(self, task: RunTask) -> None: ...

    def as_completed(self) -> Iterator[tuple[RunTask, dict[str, Any]]]: ...

    def cancel(self) -> None: ...

    def close(self) -> None: ...


def _failed(error: str) -> dict[str, Any]:
    return {"status": "failed", "error": error, "metrics": {}}


def _run_in_slot(task: RunTask, slot: dict[str, str] | None) -> dict[str, Any]:
    return run_one(replace(task, slot_env=slot or {}))


class LocalBackend:
    """`jobs` concurrent runs on threads; with GPU slots, each run holds one slot."""

    def __init__(self, jobs: int, gpus: list[str] | None = None, per_gpu: int = 1):
        self._pool = runtime.ThreadPool(_run_in_slot, jobs, gpu_slots(gpus, per_gpu))
        self.jobs = self._pool.jobs
        LIVE.cancelled.clear()

    def submit(self, task: RunTask) -> None:
        self._pool.submit(task)

    def as_completed(self) -> Iterator[tuple[RunTask, dict[str, Any]]]:
        """Finished runs as they come; new submissions made while iterating are waited for too."""
        for task, outcome in self._pool.as_completed():
            if isinstance(outcome, runtime.Lost):  # a bug here must not hang the sweep
                outcome = _failed(f"runner error: {type(outcome.exception).__name__}: {outcome.exception}")
            yield task, outcome

    def cancel(self) -> None:
        LIVE.kill_all()

    def close(self) -> None:
        self._pool.close()


def _ray_task(task: RunTask) -> dict[str, Any]:
    """Body of the Ray task: Ray's GPU assignment becomes the slot environment of the run."""
    gpu_ids = runtime.assigned_gpus()
    slot = {"CUDA_VISIBLE_DEVICES": ",".join(gpu_ids), "CUBLAS_WORKSPACE_CONFIG": CUBLAS_WORKSPACE} if gpu_ids else {}
    return run_one(replace(task, slot_env=slot))


class RayBackend:
    """The same semantics on Ray: one CPU per run, 1/per_gpu of a GPU per run when GPUs are asked for."""

    def __init__(self, jobs: int, gpus: list[str] | None = None, per_gpu: int = 1, address: str | None = None):
        self._pool = runtime.RayPool(_ray_task, jobs, gpus=len(gpus or []), per_gpu=per_gpu, address=address)
        self.jobs = jobs

    def submit(self, task: RunTask) -> None:
        self._pool.submit(task)

    def as_completed(self) -> Iterator[tuple[RunTask, dict[str, Any]]]:
        for task, outcome in self._pool.as_completed():
            if isinstance(outcome, runtime.Lost):  # the worker died (OOM, node lost)
                outcome = _failed(f"ray task failed: {type(outcome.exception).__name__}")
            yield task, outcome

    def cancel(self) -> None:
        self._pool.cancel()

    def close(self) -> None:
        self._pool.close()


def make_backend(name: str, jobs: int, gpus: list[str] | None = None, per_gpu: int = 1,
                 address: str | None = None) -> Backend:
    if name == "local":
        return LocalBackend(jobs, gpus, per_gpu)
    if name == "ray":
        return RayBackend(jobs, gpus, per_gpu, address)
    raise runtime.PoolError(f"unknown backend {name!r} (local or ray)")
