"""The Bethard-style table: per venue, year, venue × year and overall, how many papers mention seeds in
the RNG sense and which share is risky / review / ok, each share with a Wilson 95 % interval, and how
many documents hold each finding category. Built only from results.jsonl records.

Shares are of the readable documents; `risky_of_reporting` is Bethard's figure: the risky share among
papers that say anything about seeds or runs (verdict risky, review or ok).
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Any, Iterable

from ..rules import engine_of

SHARES = ("mentions_seeds", "risky", "review", "ok")
Z95 = 1.959963984540054


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for k successes out of n (0..1; (0, 0) when n is 0)."""
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def category_shares(row: dict[str, Any]) -> list[tuple[str, float, tuple[float, float]]]:
    """Each finding category of a row as (name, share of readable documents, Wilson 95 % interval), the
    most frequent first ([] when nothing was readable)."""
    readable = row["readable"]
    if not readable:
        return []
    counts = sorted(row["categories"].items(), key=lambda kv: -kv[1])
    return [(name, n / readable, wilson(n, readable)) for name, n in counts]


def _categories(record: dict[str, Any]) -> set[str]:
    names = {f.get("category") or f["rule_id"] for f in record.get("findings", [])}
    names |= {n.get("category") or n["rule_id"] for n in record.get("notes", [])}
    names |= {f["rule_id"] for f in record.get("code_findings", []) if engine_of(f["rule_id"]) == "crosscheck"}
    return names


def _row(scope: str, venue: str, year: str, records: list[dict[str, Any]]) -> dict[str, Any]:
    verdicts = Counter(r.get("verdict", "unreadable") for r in records)
    readable = len(records) - verdicts["unreadable"]
    counts = {"mentions_seeds": sum(bool(r.get("mentions_seeds")) for r in records),
              "risky": verdicts["risky"], "review": verdicts["review"], "ok": verdicts["ok"]}
    reporting = counts["risky"] + counts["review"] + counts["ok"]
    row: dict[str, Any] = {"scope": scope, "venue": venue, "year": year, "documents": len(records),
                           "readable": readable, "reporting": reporting}
    for name in SHARES:
        lo, hi = wilson(counts[name], readable)
        row[name] = {"n": counts[name], "share": counts[name] / readable if readable else 0.0, "ci95": [lo, hi]}
    lo, hi = wilson(counts["risky"], reporting)
    row["risky_of_reporting"] = {"n": counts["risky"], "share": counts["risky"] / reporting if reporting else 0.0,
                                 "ci95": [lo, hi]}
    row["no_seed_information"] = verdicts["no seed information"]
    row["unreadable"] = verdicts["unreadable"]
    row["errors"] = sum(r.get("status") == "error" for r in records)
    row["pages"] = sum(int(r.get("pages") or 0) for r in records)
    row["categories"] = dict(sorted(Counter(c for r in records for c in _categories(r)).items()))
    return row


def summarise(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """summary.json: overall, per venue, per year and per venue × year rows, plus input problems."""
    docs = [r for r in records if r.get("kind") != "input"]
    problems = [r for r in records if r.get("kind") == "input"]

    def venue(r):
        return str((r.get("meta") or {}).get("venue") or "unknown")

    def year(r):
        return str((r.get("meta") or {}).get("year") or "unknown")

    rows = [_row("overall", "all", "all", docs)]
    venues, years = {venue(r) for r in docs}, {year(r) for r in docs}
    scopes = []
    if venues != {"unknown"}:
        scopes.append(("venue", lambda r: (venue(r), "all")))
    if years != {"unknown"}:
        scopes.append(("year", lambda r: ("all", year(r))))
    if len(venues) > 1 and len(years) > 1:  # otherwise the venue or year rows already say it
        scopes.append(("venue-year", lambda r: (venue(r), year(r))))
    for scope, key in scopes:
        groups: dict[tuple[str, str], list] = {}
        for r in docs:
            groups.setdefault(key(r), []).append(r)
        rows += [_row(scope, v, y, group) for (v, y), group in sorted(groups.items())]
    return {"documents": len(docs), "input_problems": len(problems),
            "problems": [{"path": r["path"], "reason": (r.get("reasons") or [""])[0]} for r in problems],
            "rows": rows}
