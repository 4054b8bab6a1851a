"""What an engine run hands to the reporters: findings, notes and engine-specific data."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .version import __version__
from .findings import Finding, Severity


@dataclass
class Result:
    command: str
    findings: list[Finding] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)  # safe uses: shown, never failing
    data: dict[str, Any] = field(default_factory=dict)  # claims, verdicts, statistics, provenance
    inputs: list[str] = field(default_factory=list)
    version: str = __version__

    def counts(self) -> dict[str, int]:
        out = {str(s): 0 for s in sorted(Severity, reverse=True)}
        for finding in self.findings:
            out[str(finding.severity)] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "tool": "seedaudit",
            "version": self.version,
            "command": self.command,
            "inputs": self.inputs,
            "counts": self.counts(),
            "findings": [f.to_dict() for f in self.findings],
            "notes": [n.to_dict() for n in self.notes],
            **self.data,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Result":
        known = {"tool", "version", "command", "inputs", "counts", "findings", "notes"}
        return cls(
            command=data.get("command", "audit"),
            findings=[Finding.from_dict(f) for f in data.get("findings", [])],
            notes=[Finding.from_dict(n) for n in data.get("notes", [])],
            data={k: v for k, v in data.items() if k not in known},
            inputs=list(data.get("inputs", [])),
            version=data.get("version", __version__),
        )
