"""SA001, built in one place: an input that could not be audited, as a finding like any other.

The paper engine (an unreadable PDF), the code engine (a file that does not parse) and the re-runner
(runs that could not be measured) go on past such an input and report it in the same shape, so every
reporter, filter and exit code treats them alike.
"""
from __future__ import annotations

from typing import Any

from .findings import Confidence, Finding, Location, Severity
from .rules import get_rule


def input_error_finding(path: str, message: str, *, severity: Severity | None = None,
                        confidence: Confidence | None = None, evidence: str = "", fix_hint: str | None = None,
                        extra: dict[str, Any] | None = None) -> Finding:
    """SA001 at `path`; the rule's severity, confidence and hint unless the caller knows better."""
    return get_rule("SA001").finding(message, Location(path), severity=severity, confidence=confidence,
                                     evidence=evidence, fix_hint=fix_hint or None, extra=extra or {})
