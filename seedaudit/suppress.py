"""Inline suppressions (`# noqa: SA101`, `# seedaudit: ignore[name]`, file-level), unused ones, baselines."""
from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .findings import Finding, Location
from .rules import RuleError, all_rules, get_rule

_NOQA = re.compile(r"#\s*noqa\s*:\s*(?P<codes>[A-Za-z]+[0-9]+(?:\s*,\s*[A-Za-z]+[0-9]+)*)", re.IGNORECASE)
_IGNORE = re.compile(r"#\s*seedaudit\s*:\s*ignore(?P<file>-file)?(?:\[(?P<codes>[^\]]*)\])?", re.IGNORECASE)


@dataclass
class Suppression:
    line: int
    tokens: tuple[str, ...]  # as written; () means every rule
    file_level: bool = False
    used: set[str] = field(default_factory=set)

    def rule_ids(self) -> set[str] | None:
        """Ids this suppression names (None: all rules); unknown tokens are left out."""
        if not self.tokens:
            return None
        ids = set()
        for token in self.tokens:
            try:
                ids.add(get_rule(token).id)
            except RuleError:
                continue
        return ids


def has_suppression_comment(text: str) -> bool:
    """Cheap test, kept in the cached facts, so warm runs read only files that may hold suppressions."""
    lowered = text.lower()
    return "noqa" in lowered or "seedaudit:" in lowered


def parse_suppressions(lines: list[str]) -> list[Suppression]:
    out = []
    for number, line in enumerate(lines, start=1):
        if "#" not in line:
            continue
        for match in _NOQA.finditer(line):
            codes = tuple(c.strip().upper() for c in match["codes"].split(",") if c.strip().upper().startswith("SA"))
            if codes:
                out.append(Suppression(number, codes))
        for match in _IGNORE.finditer(line):
            tokens = tuple(t.strip() for t in (match["codes"] or "").split(",") if t.strip())
            out.append(Suppression(number, tokens, file_level=bool(match["file"])))
    return out


def statement_of(line: int, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The logical statement (start, end) holding `line`: the innermost span that contains it."""
    index = bisect.bisect_right(spans, (line, float("inf"))) - 1
    best = (line, line)
    while index >= 0:
        start, end = spans[index]
        if start <= line <= end and (best == (line, line) or end - start < best[1] - best[0]):
            best = (start, end)
        if start < line - 200:
            break
        index -= 1
    return best


def apply_suppressions(findings: list[Finding], lines: list[str], spans: list[tuple[int, int]], enabled: set[str],
                       display: str, line_of=lambda f: f.location.line) -> list[Finding]:
    """Drop suppressed findings of one file; add SA002 findings for suppressions that silenced nothing."""
    suppressions = parse_suppressions(lines)
    if not suppressions:
        return findings
    by_line: dict[int, list[Suppression]] = {}
    for s in suppressions:
        by_line.setdefault(s.line, []).append(s)
    file_level = [s for s in suppressions if s.file_level]
    kept = []
    for finding in findings:
        line = line_of(finding)
        candidates = list(file_level)
        if line is not None:
            start, end = statement_of(line, spans)
            for number in range(start, end + 1):
                candidates.extend(s for s in by_line.get(number, ()) if not s.file_level)
        hit = None
        for s in candidates:
            ids = s.rule_ids()
            if ids is None or finding.rule_id in ids:
                hit = s
                break
        if hit is None:
            kept.append(finding)
        else:
            hit.used.add(finding.rule_id)
    unused_rule = all_rules().get("SA002")
    if unused_rule is None or "SA002" not in enabled:
        return kept
    for s in suppressions:
        ids = s.rule_ids()
        if ids is None:
            if not s.used:
                kept.append(_unused(unused_rule, s, display, lines, "suppresses nothing"))
            continue
        unknown = [t for t in s.tokens if _unknown(t)]
        stale = sorted(i for i in ids if i in enabled and i not in s.used)
        if unknown:
            kept.append(_unused(unused_rule, s, display, lines, f"names no rule: {', '.join(unknown)}"))
        if stale:
            kept.append(_unused(unused_rule, s, display, lines, f"unused suppression for {', '.join(stale)}"))
    return kept


def _unknown(token: str) -> bool:
    try:
        get_rule(token)
    except RuleError:
        return True
    return False


def _unused(rule, s: Suppression, display: str, lines: list[str], message: str) -> Finding:
    return rule.finding(message, Location(display, s.line, 0),
                        evidence=lines[s.line - 1].strip() if s.line <= len(lines) else "")


# -- baselines ---------------------------------------------------------------------------------
def write_baseline(path: Path, findings: list[Finding]) -> None:
    entries: dict[str, dict] = {}
    for f in findings:
        entry = entries.setdefault(f.fingerprint, {"rule": f.rule_id, "path": f.location.path, "count": 0})
        entry["count"] += 1
    path.write_text(json.dumps({"seedaudit_baseline": 1, "findings": entries}, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def read_baseline(path: Path) -> Counter:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Counter({fp: int(entry["count"]) for fp, entry in data["findings"].items()})
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"cannot read baseline {path}: {exc}") from None


def filter_baseline(findings: list[Finding], baseline: Counter) -> tuple[list[Finding], int]:
    """Findings not in the baseline, and how many the baseline absorbed."""
    remaining = Counter(baseline)
    kept, matched = [], 0
    for f in findings:
        if remaining[f.fingerprint] > 0:
            remaining[f.fingerprint] -= 1
            matched += 1
        else:
            kept.append(f)
    return kept, matched
