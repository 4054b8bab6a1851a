"""SARIF 2.1.0 with rule metadata, related locations and partial fingerprints."""
from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any

from ..findings import Finding, Location, Severity
from ..result import Result
from ..rules import all_rules

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    return PurePath(path).as_posix()


def _location(loc: Location, message: str | None = None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(loc.path)}}
    if loc.line is not None:
        region: dict[str, Any] = {"startLine": loc.line}
        if loc.col is not None:
            region["startColumn"] = loc.col + 1
        if loc.end_line is not None:
            region["endLine"] = loc.end_line
            if loc.end_col is not None:
                region["endColumn"] = max(loc.end_col + 1, 1)
        physical["region"] = region
    out: dict[str, Any] = {"physicalLocation": physical}
    if loc.page is not None or loc.cell is not None:
        out["properties"] = {k: v for k, v in (("page", loc.page), ("cell", loc.cell), ("cellLine", loc.cell_line)) if v is not None}
    if message:
        out["message"] = {"text": message}
    return out


def _rule_descriptor(rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.what},
        "help": {"text": f"{rule.why}\n\n{rule.use_instead}".strip(), "markdown": f"**Why is this bad?** {rule.why}\n\n**Use instead:** {rule.use_instead}".strip()},
        "defaultConfiguration": {"level": _LEVEL[rule.severity], "enabled": rule.default_enabled},
        "properties": {"confidence": str(rule.confidence), "engine": rule.engine, "tags": [rule.engine, "reproducibility"]},
    }


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(finding.location)],
        "partialFingerprints": {"seedaudit/v1": finding.fingerprint or "0"},
        "properties": {"confidence": str(finding.confidence), "ruleName": finding.rule_name},
    }
    if finding.rule_id in index:
        out["ruleIndex"] = index[finding.rule_id]
    if finding.evidence:
        out["properties"]["evidence"] = finding.evidence
    if finding.related_locations:
        out["relatedLocations"] = [
            {**_location(loc, text[:300] if text else None), "id": i}
            for i, (loc, text) in enumerate(zip(finding.related_locations, finding.related_evidence + [""] * len(finding.related_locations)))
        ]
    return out


def render_sarif(result: Result) -> str:
    rules = list(all_rules().values())
    index = {rule.id: i for i, rule in enumerate(rules)}
    run = {
        "tool": {
            "driver": {
                "name": "seedaudit",
                "version": result.version,
                "rules": [_rule_descriptor(rule) for rule in rules],
            }
        },
        "results": [_result(f, index) for f in result.findings],
        "columnKind": "unicodeCodePoints",
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, indent=2, ensure_ascii=False) + "\n"
