"""The Ray backend on a real local Ray instance (2 CPUs, 2 logical GPUs): same semantics as the pool."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from seedaudit.rerun import Study, make_configuration, run_study
from seedaudit.rerun.store import Store

ray = pytest.importorskip("ray")
PROGRAMS = Path(__file__).parent / "fixtures" / "rerun" / "programs"


@pytest.mark.slow
def test_ray_backend_runs_records_and_assigns_gpu_slots(tmp_path):
    counter = tmp_path / "counter.json"
    probe = make_configuration("g", [sys.executable, str(PROGRAMS / "gpu_probe.py"), str(counter), "{seed}"])
    plain = make_configuration("p", [sys.executable, str(PROGRAMS / "experiment.py"), "--seed", "{seed}"])
    crash = make_configuration("c", [sys.executable, str(PROGRAMS / "experiment.py"), "--seed", "{seed}",
                                     "--crash-on", "1"])
    study = Study(name="ray", configs=[probe, plain, crash], seeds=3, workdir=str(tmp_path), timeout=120)
    store_path = tmp_path / "s.sqlite"
    report = run_study(study, store_path, backend="ray", jobs=2, gpus=["0", "1"], per_gpu=2)
    assert report.ran == 9 and report.statuses == {"ok": 8, "failed": 1}
    with Store.open(store_path) as store:
        runs = {(r.config, r.seed_key): r for r in store.runs()}
    for seed in "012":
        run = runs[("g", seed)]
        assert run.metrics["device"] in (0, 1) and run.metrics["cublas_ok"] == 1
        assert run.environment["slot"]["CUDA_VISIBLE_DEVICES"] in ("0", "1")
    assert max(json.loads(counter.read_text())["peak"].values()) <= 2
    assert runs[("c", "1")].status == "failed" and "simulated crash" in runs[("c", "1")].stderr_tail
    again = run_study(study, store_path, backend="ray", jobs=2, gpus=["0", "1"], per_gpu=2)
    assert again.skipped == 8 and again.ran == 1  # only the failed run is tried again
    assert not ray.is_initialized()  # the backend shut down the instance it started
