"""Re-runner figures: parallel efficiency, per-run overhead (runner, shim), bootstrap and ASO speed, GPU.

    python benchmarks/rerun_bench.py [--runs 8] [--work 1.0] [--jobs 2] [--overhead-runs 30] [--skip-sweeps]

Prints figures against the goals (runner overhead < 20 ms per run; >= 90 % parallel efficiency at 2
jobs for runs of 1 s); asserts nothing (timings depend on the machine and its load, printed too).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from seedaudit.rerun import Study, make_configuration, run_study  # noqa: E402
from seedaudit.rerun import stats  # noqa: E402
from seedaudit.rerun.plan import SHIM_DIR  # noqa: E402

BUSY = "import json, sys, time\nend = time.process_time() + {work}\nwhile time.process_time() < end: pass\nprint(json.dumps({{'score': int(sys.argv[1])}}))\n"
TRIVIAL = "import json, sys; print(json.dumps({'score': int(sys.argv[1])}))"
SEEDED = "import random, numpy as np; random.seed(1); np.random.seed(1); np.random.default_rng(1)"


def load() -> str:
    try:
        one, five, _ = os.getloadavg()
        return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"
    except OSError:
        return f"{os.cpu_count()} cores"


def sweep(script: Path, runs: int, jobs: int, folder: Path) -> float:
    config = make_configuration("c", [sys.executable, str(script), "{seed}"])
    study = Study(name="bench", configs=[config], seeds=runs, workdir=str(folder), timeout=600)
    store = folder / f"bench-{jobs}-{time.monotonic_ns()}.sqlite"
    start = time.perf_counter()
    report = run_study(study, store, jobs=jobs)
    elapsed = time.perf_counter() - start
    assert report.statuses == {"ok": runs}, report.statuses
    return elapsed


def parallel_efficiency(folder: Path, runs: int, work: float, jobs: int) -> None:
    script = folder / "busy.py"
    script.write_text(BUSY.format(work=work))
    sequential = sweep(script, runs, 1, folder)
    parallel = sweep(script, runs, jobs, folder)
    speedup = sequential / parallel
    print(f"parallel efficiency: {runs} runs of {work:g} s CPU: 1 job {sequential:.2f} s, {jobs} jobs "
          f"{parallel:.2f} s: speed-up {speedup:.2f}x, efficiency {speedup / jobs:.0%} (goal >= 90 %)")


def per_run_overhead(folder: Path, runs: int) -> None:
    script = folder / "trivial.py"
    script.write_text(TRIVIAL)
    start = time.perf_counter()
    for seed in range(runs):
        subprocess.run([sys.executable, str(script), str(seed)], capture_output=True, check=True)
    direct = (time.perf_counter() - start) / runs
    through_runner = sweep(script, runs, 1, folder) / runs
    print(f"runner overhead per run: {1000 * (through_runner - direct):+.0f} ms (direct {1000 * direct:.0f} ms, "
          f"through the runner {1000 * through_runner:.0f} ms, incl. launcher, shim, store write; goal < 20 ms)")


def shim_overhead(folder: Path, runs: int) -> None:
    def timed(env: dict[str, str]) -> float:
        start = time.perf_counter()
        for _ in range(runs):
            subprocess.run([sys.executable, "-c", SEEDED], env=env, check=True)
        return (time.perf_counter() - start) / runs

    base = {k: v for k, v in os.environ.items() if not k.startswith("SEEDAUDIT_")}
    plain = timed(base)
    out = folder / "shim-out"
    out.mkdir(exist_ok=True)
    shimmed = timed({**base, "PYTHONPATH": SHIM_DIR, "SEEDAUDIT_OUT": str(out), "SEEDAUDIT_INJECT_SEED": "3"})
    print(f"shim overhead per process (numpy import + 3 seeding calls, injected): {shimmed - plain:+.3f} s "
          f"({plain:.3f} s without, {shimmed:.3f} s with; target < 0.2 s)")


def statistics_speed() -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    values = {"a": list(rng.normal(0.80, 0.02, 50)), "b": list(rng.normal(0.79, 0.02, 50))}
    options = stats.Options(resamples=10_000)
    stats.analyse_values(values, "accuracy", options=options)  # warm-up (imports)
    start = time.perf_counter()
    stats.describe(values["a"], options, "a")
    stats.describe(values["b"], options, "b")
    boot = time.perf_counter() - start
    start = time.perf_counter()
    stats.analyse_values(values, "accuracy", options=options)
    full = time.perf_counter() - start
    start = time.perf_counter()
    stats.aso_eps_min(values["a"], values["b"], iterations=1000)
    aso = time.perf_counter() - start
    print(f"bootstrap: 10,000 resamples of mean/std/median/IQM for 2 configs x 50 runs: {boot:.3f} s "
          f"(target < 0.5 s); the whole analysis (CIs, pair tests, P(A>B) CI, ASO, power): {full:.3f} s")
    print(f"ASO eps_min, 50 vs 50 runs, 1000 bootstrap iterations: {aso:.3f} s (target < 1 s)")


def gpu_figures() -> None:
    smi = shutil.which("nvidia-smi")
    visible = False
    if smi:
        probe = subprocess.run([smi, "-L"], capture_output=True, text=True)
        visible = probe.returncode == 0 and "GPU" in probe.stdout
    if not visible:
        print("GPU figures: no GPU available here (nvidia-smi missing or lists none); "
              "runs-per-minute per GPU slot count not measured")
        return
    print(f"GPU figures: {probe.stdout.strip()}; run `seedaudit rerun --gpus N --per-gpu K` on your experiment "
          "and compare wall times for K = 1, 2, 4 (no GPU workload is bundled with this benchmark)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--work", type=float, default=1.0, help="CPU seconds per run for parallel efficiency")
    parser.add_argument("--jobs", type=int, default=2, help="concurrent runs for parallel efficiency")
    parser.add_argument("--overhead-runs", type=int, default=30,
                        help="trivial runs for the per-run overhead (the sweep's fixed cost is spread over them)")
    parser.add_argument("--skip-sweeps", action="store_true", help="statistics only")
    args = parser.parse_args()
    print(f"machine: {load()}")
    with tempfile.TemporaryDirectory(prefix="seedaudit-bench-") as temp:
        folder = Path(temp)
        if not args.skip_sweeps:
            parallel_efficiency(folder, args.runs, args.work, args.jobs)
            per_run_overhead(folder, args.overhead_runs)
            shim_overhead(folder, args.runs)
    statistics_speed()
    gpu_figures()


if __name__ == "__main__":
    main()
