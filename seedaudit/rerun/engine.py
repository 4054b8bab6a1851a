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
from .runner import load_records, saved_study
from .store import RunRecord, Store, StoreError
from .study import Configuration, Study
from .systems import Compared, parse_compare

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


def _seed_sites(runs: list[RunRecord], injected: dict[str, bool]) -> dict[str, list[dict[str, Any]]]:
    """Each configuration's seeding calls and what the re-run did with each: varied (a seed injected),
    kept (why), or own (a {seed} command seeds itself). Read from an injected run where there is one."""
    chosen: dict[str, RunRecord] = {}
    for run in runs:
        if run.seed_calls and (run.config not in chosen or chosen[run.config].seed_key == "own"):
            chosen[run.config] = run
    out = {}
    for config, run in chosen.items():
        sites = []
        for call in run.seed_calls:
            entry = {k: call.get(k) for k in ("call", "site", "original", "count")}
            if not injected.get(config) or run.seed_key == "own":
                entry["action"] = "own"
            elif call.get("kept"):
                entry.update(action="kept", why=call["kept"])
            else:
                entry["action"] = "varied"
            sites.append(entry)
        out[config] = sites
    return out


def _site_notes(sites: dict[str, list[dict[str, Any]]], keep: dict[str, Any], injected: dict[str, bool]) -> list[str]:
    """What the reader of the seed sites should know: nothing varied, a --keep that kept nothing, data
    drawn from a varied global RNG (datasites.py)."""
    notes = []
    for config, found in keep.items():
        notes += [f"{config}: {note}" for note in found.get("notes", [])]
        calls = sites.get(config)
        if not injected.get(config) or not calls or calls[0]["action"] == "own":
            continue
        if all(c["action"] == "kept" for c in calls):
            notes.append(f"{config}: every seeding call was kept, so its runs differ only by nondeterminism "
                         "(--vary all, or fewer --keep, varies them)")
        used = {c.get("why") for c in calls}
        notes += [f"{config}: {r['why']} kept no seeding call" for r in found.get("rules", [])
                  if r["why"].startswith("--keep ") and r["why"] not in used]
    return notes


def _seed_values(runs: list[RunRecord]) -> dict[str, list[str]]:
    """The seeds each configuration ran (repeat 0), in seed-list order; "own" is the program's own seed."""
    out: dict[str, list[str]] = {}
    for run in sorted(runs, key=lambda r: r.position):
        if run.repeat == 0:
            out.setdefault(run.config, []).append(run.seed_key)
    return out


def analyse_store(store_path: Path | str, *, study: Study | None = None, metric: str | None = None,
                  higher_is_better: bool | None = None, claims: dict[str, float] | None = None,
                  options: stats.Options = stats.Options(), command: str = "rerun",
                  compare: list[Compared] | None = None) -> Result:
    """Analyse every finished run in the store (nothing is run). Raises NothingMeasured if none succeeded.

    `compare` adds to the study's own `--compare` entries (systems.py)."""
    with Store.open(Path(store_path), create=False, lock=False) as store:  # one read: runs, study, keep rules
        runs, stored = store.runs(), saved_study(store)
        keep = store.get_meta("keep") or {}  # the keep rules and notes the runner saved ({} in an older store)
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
    compared = [parse_compare(spec) for spec in study_data.get("compare") or []] + list(compare or [])
    try:
        analysis = stats.analyse(ok, metric=metric, higher_is_better=higher_is_better, claims=claims,
                                 options=options, configs=names, compare=compared)
    except ValueError as exc:
        raise NothingMeasured(str(exc)) from None
    where = locations(study_data, str(store_path))
    where.update({name: where.get(source.config, source.config) for name, source in (analysis.systems or {}).items()})
    findings = checks.failed_run_findings(runs, where) + checks.measured_findings(analysis, where)
    statuses: dict[str, int] = {}
    for run in runs:
        statuses[run.status] = statuses.get(run.status, 0) + 1
    configs = [Configuration.from_dict(c) for c in study_data.get("configs", [])]
    injected = {c.name: c.injected for c in configs}
    sites = _seed_sites(runs, injected)
    described = {"name": study_data.get("name"), "store": str(store_path),
                 "configs": [{"name": c.name, "command": list(c.command), "shell": c.shell, "injected": c.injected,
                              "vary": c.vary if c.injected else None, "keep": list(c.keep)} for c in configs],
                 "seeds": _seed_values(runs), "compare": [c.spec() for c in compared],
                 "seed_sites": sites, "notes": _site_notes(sites, keep, injected)}
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
