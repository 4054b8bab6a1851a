"""From a study to concrete runs: which (configuration, seed, repeat) to run, with which argv and env.

The environment of a run: the runner's own, the study's and configuration's `env`, then
- SEEDAUDIT_OUT (the run's folder: metrics, predictions, seed log), SEEDAUDIT_SEED/CONFIG/REPEAT;
- the shim folder first on PYTHONPATH, and SEEDAUDIT_INJECT_SEED for injected seeds, with
  SEEDAUDIT_KEEP naming the seeding calls injection keeps (keep.py);
- OMP/MKL/OpenBLAS/NumExpr threads capped to the cores per concurrent run (unless set already);
- offline switches for the usual hubs (Hugging Face, W&B) unless the study allows the network;
- per GPU slot (set by the scheduler): CUDA_VISIBLE_DEVICES and CUBLAS_WORKSPACE_CONFIG.
"""
from __future__ import annotations

import hashlib
import os
import shlex
from dataclasses import dataclass
from pathlib import Path

from .execute import RunTask
from .keep import ENV as KEEP_ENV
from .study import Configuration, Seed, Study

SHIM_DIR = str(Path(__file__).with_name("inject"))
THREAD_VARS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS",
               "VECLIB_MAXIMUM_THREADS")
OFFLINE_VARS = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1",
                "WANDB_MODE": "offline", "WANDB_DISABLED": "true"}
CUBLAS_WORKSPACE = ":4096:8"


@dataclass(frozen=True)
class PlannedRun:
    config: Configuration
    seed: Seed
    repeat: int

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.config.name, self.seed.key, self.repeat)

    def spec_hash(self) -> str:
        payload = f"{self.config.spec_hash()}\x1f{self.seed.key}\x1f{self.repeat}"
        return hashlib.sha256(payload.encode()).hexdigest()[:16]


def expand(study: Study) -> list[PlannedRun]:
    """Every run of the study, interleaved by seed so a partial sweep covers every configuration."""
    runs: list[PlannedRun] = []
    per_config = {c.name: study.seeds_for(c) for c in study.configs}
    depth = max(len(s) for s in per_config.values())
    for index in range(depth):
        for config in study.configs:
            seeds = per_config[config.name]
            if index >= len(seeds):
                continue
            repeats = study.repeats if index == 0 else 1
            runs.extend(PlannedRun(config, seeds[index], r) for r in range(repeats))
    return runs


def gpu_slots(gpus: list[str] | None, per_gpu: int) -> list[dict[str, str]]:
    """One environment per concurrent GPU run: each GPU appears `per_gpu` times."""
    if not gpus:
        return []
    return [{"CUDA_VISIBLE_DEVICES": gpu, "CUBLAS_WORKSPACE_CONFIG": CUBLAS_WORKSPACE}
            for _ in range(per_gpu) for gpu in gpus]


def available_cores() -> int:
    """Cores this process may use (its CPU affinity, which containers and taskset narrow)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def threads_per_run(jobs: int, cores: int | None = None) -> int:
    return max(1, (cores or available_cores()) // max(1, jobs))


def fill(template: str, values: dict[str, str], quote: bool) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", shlex.quote(value) if quote else value)
    return template


def argv_for(run: PlannedRun, out_dir: str) -> tuple[str, ...]:
    values = {"seed": "" if run.seed.value is None else str(run.seed.value), "repeat": str(run.repeat),
              "config": run.config.name, "out": out_dir}
    if run.config.shell:
        return ("/bin/sh", "-c", fill(run.config.command[0], values, quote=True))
    return tuple(fill(part, values, quote=False) for part in run.config.command)


def run_dir(runs_root: Path, run: PlannedRun) -> Path:
    return runs_root / run.config.name / f"{run.seed.key}-r{run.repeat}"


def environment(study: Study, run: PlannedRun, out_dir: str, threads: int,
                base: dict[str, str] | None = None, keep: str | None = None) -> dict[str, str]:
    env = dict(os.environ if base is None else base)
    if not study.allow_network:
        for name, value in OFFLINE_VARS.items():
            env.setdefault(name, value)
    for name in THREAD_VARS:
        env.setdefault(name, str(threads))
    env.update(study.env)
    env.update(dict(run.config.env))
    env["SEEDAUDIT_OUT"] = out_dir
    env["SEEDAUDIT_CONFIG"] = run.config.name
    env["SEEDAUDIT_REPEAT"] = str(run.repeat)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (SHIM_DIR, env.get("PYTHONPATH", "")) if p)
    env.pop("SEEDAUDIT_INJECT_SEED", None)
    env.pop(KEEP_ENV, None)
    if run.seed.value is not None:
        env["SEEDAUDIT_SEED"] = str(run.seed.value)
        if run.config.injected:
            env["SEEDAUDIT_INJECT_SEED"] = str(run.seed.value)
            if keep:
                env[KEEP_ENV] = keep
    else:
        env.pop("SEEDAUDIT_SEED", None)
    return env


def task_for(study: Study, run: PlannedRun, runs_root: Path, *, cwd: str, threads: int,
             keep: str | None = None) -> RunTask:
    """`keep`: the keep rules of the configuration's injected runs, as $SEEDAUDIT_KEEP holds them."""
    out_dir = str(run_dir(runs_root, run).resolve())
    return RunTask(
        config=run.config.name, seed_key=run.seed.key, seed=run.seed.value, repeat=run.repeat,
        position=run.seed.position, spec_hash=run.spec_hash(), argv=argv_for(run, out_dir),
        env=environment(study, run, out_dir, threads, keep=keep), cwd=cwd, out_dir=out_dir, timeout=study.timeout,
        memory_mb=study.memory_mb, metric_regex=study.metric_regex, default_metric=study.metric,
    )


def env_changes(task: RunTask, base: dict[str, str] | None = None) -> dict[str, str]:
    """What a run's environment adds to or changes in the runner's (for --dry-run and the store)."""
    base = dict(os.environ if base is None else base)
    full = {**task.env, **task.slot_env}
    return {k: v for k, v in sorted(full.items()) if base.get(k) != v}
