"""Expected findings marked inline (`# expect: SA101`), as in Semgrep's `# ruleid:` test files.

Used by the rule-example tests, the corpus tests and the accuracy benchmark, so all three score
findings the same way: a finding matches a marker on the same file, line and rule.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..findings import Finding

MARKER = re.compile(r"#\s*expect:\s*(?P<ids>SA\d+(?:[\s,]+SA\d+)*)")
Key = tuple[str, int, str]  # (path relative to the case folder, line, rule id)


def expected_findings(folder: Path) -> set[Key]:
    out: set[Key] = set()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (UnicodeDecodeError, OSError):
            continue
        rel = path.relative_to(folder).as_posix()
        for number, line in enumerate(lines, start=1):
            match = MARKER.search(line)
            if match:
                out.update((rel, number, rid) for rid in re.split(r"[\s,]+", match["ids"].strip()))
    return out


def actual_findings(findings: list[Finding], folder: Path) -> set[Key]:
    out: set[Key] = set()
    base = folder.resolve()
    for f in findings:
        path = Path(f.location.path).resolve()
        try:
            rel = path.relative_to(base).as_posix()
        except ValueError:
            rel = f.location.path
        out.add((rel, f.location.line or 0, f.rule_id))
    return out


@dataclass
class Score:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)

    def add(self, expected: set[Key], actual: set[Key]) -> tuple[set[Key], set[Key]]:
        """Count one case; return (missing, unexpected) for the test's failure message."""
        for key in expected & actual:
            self.tp[key[2]] += 1
        missing, unexpected = expected - actual, actual - expected
        for key in missing:
            self.fn[key[2]] += 1
        for key in unexpected:
            self.fp[key[2]] += 1
        return missing, unexpected

    def table(self) -> list[tuple[str, int, int, int, float, float]]:
        rows = []
        for rid in sorted(set(self.tp) | set(self.fp) | set(self.fn)):
            tp, fp, fn = self.tp[rid], self.fp[rid], self.fn[rid]
            precision = tp / (tp + fp) if tp + fp else 1.0
            recall = tp / (tp + fn) if tp + fn else 1.0
            rows.append((rid, tp, fp, fn, precision, recall))
        return rows
