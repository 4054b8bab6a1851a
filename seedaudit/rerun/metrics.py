"""How a program hands its numbers to the re-runner, and how the re-runner reads them back.

Three ways, merged with later ones winning: a user regex over stdout (named groups are metric
names), JSON lines on stdout (`{"accuracy": 0.81}` or `{"metric": "accuracy", "value": 0.81}`;
a number under "metric" is a metric named "metric"), and the API (`seedaudit.log_metric`,
`log_predictions`) that writes under $SEEDAUDIT_OUT. The last value of a metric in a run is its
value. Outside a rerun the API does nothing, so a training script can keep the calls.

A run that compares systems itself names each system's metrics: a JSON line with the system under
one of systems.SYSTEM_KEYS (`{"model": "A", "acc": 0.8}`) or `log_metric("acc", 0.8, system="A")`;
they are stored as `acc[A]` (systems.py makes each system a configuration of the study).
"""
from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path
from typing import Any, Iterable

from .systems import qualify, system_of

METRICS_FILE = "metrics.jsonl"
PREDICTIONS_FILE = "predictions.json"
# Keys that are never metric names. "metric" is not one: a string there names the metric of the
# named form (and is no number), a number there is a metric called "metric" (`{"metric": 0.83}`).
_RESERVED = {"name", "value", "step", "predictions", "labels"}


def _out_dir() -> Path | None:
    out = os.environ.get("SEEDAUDIT_OUT")
    return Path(out) if out else None


def log_metric(name: str, value: float, *, step: int | None = None, system: str | None = None) -> None:
    """Record `value` for metric `name` in this run (the last call per name counts); `system` names the
    model or method it belongs to when the run compares several."""
    out = _out_dir()
    if out is None:
        return
    name = qualify(str(name), str(system)) if system is not None else str(name)
    line = json.dumps({"name": name, "value": float(value), "step": step})
    with open(out / METRICS_FILE, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def log_predictions(predictions: Iterable[Any], labels: Iterable[Any] | None = None) -> None:
    """Record per-example predictions (and optionally the true labels) for consistency and churn."""
    out = _out_dir()
    if out is None:
        return
    data = {"predictions": [_plain(p) for p in predictions],
            "labels": None if labels is None else [_plain(y) for y in labels]}
    (out / PREDICTIONS_FILE).write_text(json.dumps(data), encoding="utf-8")


def _plain(value: Any) -> Any:
    """Numbers from numpy/torch become Python numbers, so the file is plain JSON."""
    if hasattr(value, "tolist"):
        return value.tolist()
    return value


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def parse_json_line(line: str) -> tuple[dict[str, float], dict[str, Any]]:
    """Metrics and prediction data from one stdout line, if it is a JSON object."""
    text = line.strip()
    if not (text.startswith("{") and text.endswith("}")):
        return {}, {}
    try:
        obj = json.loads(text)
    except ValueError:
        return {}, {}
    if not isinstance(obj, dict):
        return {}, {}
    metrics: dict[str, float] = {}
    label = obj.get("metric", obj.get("name"))
    if isinstance(label, str) and _number(obj.get("value")) is not None:
        metrics[label] = _number(obj["value"])
    for key, value in obj.items():
        if key not in _RESERVED and _number(value) is not None:
            metrics[key] = _number(value)
    system = system_of(obj)
    if system is not None:
        metrics = {qualify(name, system): value for name, value in metrics.items()}
    extra = {k: obj[k] for k in ("predictions", "labels") if isinstance(obj.get(k), list)}
    return metrics, extra


def read_run_outputs(out_dir: Path, stdout_path: Path, regex: str | None = None,
                     default_metric: str | None = None) -> tuple[dict[str, float], dict[str, Any]]:
    """Every metric a run reported (regex < stdout JSON < API), plus predictions if any."""
    metrics: dict[str, float] = {}
    extra: dict[str, Any] = {}
    pattern = re.compile(regex) if regex else None
    try:
        with open(stdout_path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if pattern is not None:
                    for match in pattern.finditer(line):
                        metrics.update(_regex_values(match, default_metric))
                found, data = parse_json_line(line)
                metrics.update(found)
                extra.update(data)
    except FileNotFoundError:
        pass
    api = out_dir / METRICS_FILE
    if api.exists():
        for line in api.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                entry = json.loads(line)
                metrics[str(entry["name"])] = float(entry["value"])
            except (ValueError, KeyError, TypeError):
                continue  # a half-written last line from a killed run
    preds = out_dir / PREDICTIONS_FILE
    if preds.exists():
        try:
            extra.update({k: v for k, v in json.loads(preds.read_text(encoding="utf-8")).items() if v is not None})
        except ValueError:
            pass
    return metrics, extra


def _regex_values(match: re.Match, default_metric: str | None) -> dict[str, float]:
    groups = match.groupdict()
    if groups:
        pairs = groups.items()
    else:
        pairs = [(default_metric or "metric", match.group(1) if match.groups() else match.group(0))]
    out = {}
    for name, text in pairs:
        try:
            out[name] = float(text)
        except (TypeError, ValueError):
            continue
    return out


def non_finite(metrics: dict[str, float]) -> list[str]:
    return [name for name, value in metrics.items() if not math.isfinite(value)]
