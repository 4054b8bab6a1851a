"""The re-runner: run a program over many seeds and measure what the seed does.

Library API (what `seedaudit rerun` and `seedaudit audit` call):

    from seedaudit.rerun import Study, make_configuration, run_study, analyse_store

    study = Study(name="demo", configs=[
        make_configuration("a", ["python", "train.py", "--model", "a"]),   # no {seed}: injected
        make_configuration("b", "python train.py --model b"),              # a string is split, never run by a shell
    ], seeds=10, repeats=2, workdir="corpus/demo/code", timeout=300)
    report = run_study(study, "out/demo.sqlite", jobs=2)       # SweepReport; resumable, skips finished runs
    result = analyse_store("out/demo.sqlite", claims={"a": 0.93})   # seedaudit.result.Result
    result.data["rerun"]   # the statistics as JSON; result.findings: SA401-SA403 (+ SA001 for failed runs)
    results.StudyStatistics.from_result(result)   # the same statistics as types, as report/ reads them

- `run_study(study, store_path, jobs=None, gpus=None, per_gpu=1, backend="local"|"ray", retries=None,
  time_budget=None, replace=False, copy_workdir=False, on_event=None)` runs what is not finished yet.
  Raises `Interrupted` (Ctrl-C/SIGTERM; `.exit_code`), `StoreError` (unwritable, corrupt, locked, or a
  configuration whose command changed), `PoolError` (Ray missing or unreachable).
- `analyse_store(store_path, study=None, metric=None, higher_is_better=None, claims=None,
  options=stats.Options())` analyses without running; raises `NothingMeasured` when no run succeeded.
- `stats.analyse(records, ...)` -> `StudyStatistics` / `stats.analyse_values({"a": [...], "b": [...]},
  "accuracy")` -> `MetricStatistics`: the statistics alone, for values from anywhere (types in results.py;
  `to_dict()` gives the JSON).
- `load_study(path)` reads a study file; `export_csv(store_path, csv_path)` writes every run.
- Programs report numbers with `seedaudit.log_metric(name, value, system=None)` and
  `seedaudit.log_predictions(predictions, labels=None)`, or a JSON line on stdout; a run that
  compares systems itself names them (`{"model": "A", "acc": 0.8}`, or `Study(compare=["acc_A,acc_B"])`).
- Injected runs keep the seeds that build the data (`make_configuration(..., vary="training" | "all",
  keep=["data.py:12"])`).

Modules: study (configurations, seed lists), plan (runs, argv, environment), execute (one run),
backends (local pool, Ray), store (SQLite), runner (the sweep), metrics, systems (systems compared
inside a run), keep (what injection keeps) and datasites (which seeding calls build data), stats
(+ distributions), results (the statistics as types), checks (findings), engine (store -> Result),
progress (text), inject/sitecustomize.py (the seed shim). The statistics table is rendered in
report/rerun_table.py, what ran in report/rerun_runs.py.
Linux-first: see execute.py.
"""
from __future__ import annotations

from ..runtime import PoolError
from .engine import NothingMeasured, analyse_store, export_csv
from .runner import Interrupted, SweepReport, load_records, run_study
from .store import RunRecord, Store, StoreError
from .study import Configuration, Study, StudyError, load_study, make_configuration

__all__ = [
    "Configuration", "Interrupted", "NothingMeasured", "PoolError", "RunRecord", "Store", "StoreError", "Study",
    "StudyError", "SweepReport", "analyse_store", "export_csv", "load_records", "load_study", "make_configuration",
    "run_study",
]
