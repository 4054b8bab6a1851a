"""From a store to a Result: statistics in data["rerun"], SA4xx and SA001 findings, for every reporter.

The statistics go into the Result as JSON, as every engine's section does; renderers read them back
with `StudyStatistics.from_result`.
"""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..result import Result
from . import checks, stats
from .results import RunCounts
from .runner import load_records
from .store import RunRecord, StoreError
from .study import Configuration, Study

SCRIPT_SUFFIXES = (".py", ".sh", ".bash", ".ipynb")


class NothingMeasured(StoreError):
    """No run of the study produced a metric: nothing to analyse (exit code 2)."""


def script_of(config: Configuration, workdir: str) -> str | None:
    """The file a configuration's command runs (to cite in findings), relative to the current folder."""
    parts = config.command[0].split() if config.shell else config.command
    for part in parts:
        candidate = Path(workdir) / part
        if part.endswith(SCRIPT_SUFFIXES) and candidate.is_file():
            try:
                return os.path.relpath(candidate)
            except ValueError:
                return str(candidate)
    return None


def locations(study_data: dict[str, Any], fallback: str) -> dict[str, str]:
    workdir = study_data.get("workdir", ".")
    where = {}
    for entry in study_data.get("configs", []):
        config = Configuration.from_dict(entry)
        where[config.name] = script_of(config, workdir) or study_data.get("source") or fallback
    return where


def _seed_sites(runs: list[RunRecord]) -> dict[str, list[dict[str, Any]]]:
    """The program's own seeding calls per configuration (from the runs that kept them)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for run in runs:
        if run.seed_key == "own" or not out.get(run.config):
            calls = [{k: c.get(k) for k in ("call", "site", "original", "used", "count")} for c in run.seed_calls]
            if calls:
                out[run.config] = calls
    return out


def analyse_store(store_path: Path | str, *, study: Study | None = None, metric: str | None = None,
                  higher_is_better: bool | None = None, claims: dict[str, float] | None = None,
                  options: stats.Options = stats.Options(), command: str = "rerun") -> Result:
    """Analyse every finished run in the store (nothing is run). Raises NothingMeasured if none succeeded."""
    runs, stored = load_records(store_path)
    study_data = study.to_dict() if study is not None else stored
    if study is not None and stored:
        known = {c["name"] for c in study_data["configs"]}
        study_data["configs"] += [c for c in stored.get("configs", []) if c["name"] not in known]
    names = [c["name"] for c in study_data.get("configs", [])] or None
    metric = metric or study_data.get("metric")
    if higher_is_better is None:
        higher_is_better = study_data.get("higher_is_better")
    claims = {**(study_data.get("claims") or {}), **(claims or {})}
    ok = [r for r in runs if r.status == "ok"]
    if not ok:
        reasons = sorted({f"{r.status}: {r.error}" for r in runs})[:3]
        detail = "; ".join(reasons) if reasons else "no run has finished yet"
        raise NothingMeasured(f"no run in {store_path} produced a metric ({detail})")
    try:
        analysis = stats.analyse(ok, metric=metric, higher_is_better=higher_is_better, claims=claims,
                                 options=options, configs=names)
    except ValueError as exc:
        raise NothingMeasured(str(exc)) from None
    where = locations(study_data, str(store_path))
    findings = checks.failed_run_findings(runs, where) + checks.measured_findings(analysis, where)
    statuses: dict[str, int] = {}
    for run in runs:
        statuses[run.status] = statuses.get(run.status, 0) + 1
    described = {"name": study_data.get("name"), "store": str(store_path),
                 "configs": [{"name": c["name"], "command": c["command"], "shell": c.get("shell", False),
                              "injected": Configuration.from_dict(c).injected} for c in study_data.get("configs", [])],
                 "seed_sites": _seed_sites(runs)}
    analysis = replace(analysis, runs=RunCounts(total=len(runs), by_status=statuses), study=described)
    return Result(command=command, findings=findings, data={"rerun": analysis.to_dict()}, inputs=[str(store_path)])


def export_csv(store_path: Path | str, target: Path) -> int:
    """Every stored run as one CSV row (metrics as columns); returns the number of rows."""
    import csv

    runs, _ = load_records(store_path)
    metric_names = list(dict.fromkeys(m for r in runs for m in r.metrics))
    columns = ["config", "seed_key", "seed", "repeat", "position", "status", "exit_code", "duration", "attempts",
               "error", *metric_names]
    with open(target, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for r in runs:
            writer.writerow([r.config, r.seed_key, r.seed, r.repeat, r.position, r.status, r.exit_code,
                             None if r.duration is None else round(r.duration, 3), r.attempts, r.error or "",
                             *[r.metrics.get(m, "") for m in metric_names]])
    return len(runs)
