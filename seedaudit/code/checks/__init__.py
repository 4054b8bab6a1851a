"""Code rules: small functions over FileFacts/LaunchFacts and ProjectFacts, registered by rule id.

A check yields Hits; the engine turns them into Findings with the rule's metadata, maps notebook
lines to cells, and applies suppressions. Checks never parse, read files or keep state.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ...findings import Confidence, Severity


@dataclass
class Hit:
    line: int
    message: str
    col: int = 0
    end_line: int | None = None
    evidence: str | None = None  # default: the source lines of the hit
    related: list[tuple[str, int, str]] = field(default_factory=list)  # (path, line, text) elsewhere
    severity: Severity | None = None  # override the rule's default (e.g. test-set selection → error)
    confidence: Confidence | None = None
    extra: dict = field(default_factory=dict)


CheckFn = Callable[..., Iterable[Hit]]


@dataclass(frozen=True)
class Check:
    rule_id: str
    kinds: tuple[str, ...]
    fn: CheckFn


_REGISTRY: dict[str, list[Check]] = {}
PY = ("py", "ipynb")
LAUNCH = ("sh", "job", "make", "yaml", "json")
SHELL = ("sh", "job", "make")


def check(rule_id: str, kinds: tuple[str, ...] = PY) -> Callable[[CheckFn], CheckFn]:
    """Register `fn(facts, project, config) -> Iterable[Hit]` as a check for `rule_id` on files of `kinds`."""
    def register(fn: CheckFn) -> CheckFn:
        _REGISTRY.setdefault(rule_id, []).append(Check(rule_id, kinds, fn))
        return fn
    return register


def registry() -> dict[str, list[Check]]:
    """Every check module in this package, imported once."""
    if not getattr(registry, "_loaded", False):
        for info in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{info.name}")
        registry._loaded = True  # type: ignore[attr-defined]
    return _REGISTRY
