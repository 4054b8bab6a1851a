"""seedaudit: find results that stand on one lucky random seed."""
from __future__ import annotations

from .version import __version__

__all__ = ["__version__", "log_metric", "log_predictions"]


def log_metric(name: str, value: float, **kwargs) -> None:
    """Record a metric for `seedaudit rerun` (a no-op print-free call outside a rerun); `system="A"` names the
    model it belongs to when one run compares several, `step=` the training step."""
    from .rerun.metrics import log_metric as _log

    _log(name, value, **kwargs)


def log_predictions(predictions, labels=None) -> None:
    """Record per-example predictions (for consistency and churn across seeds)."""
    from .rerun.metrics import log_predictions as _log

    _log(predictions, labels)
