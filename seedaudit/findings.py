"""The one result type every engine produces and every reporter renders."""
from __future__ import annotations

import enum
import hashlib
import re
from dataclasses import dataclass, field, asdict
from typing import Any


class Severity(enum.IntEnum):
    """How bad the problem is if the finding is right."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, text: str) -> "Severity":
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (expected info, warning or error)") from None

    def __str__(self) -> str:
        return self.name.lower()


class Confidence(enum.IntEnum):
    """How sure the rule is that the finding is right (kept apart from severity, as Bandit does)."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @classmethod
    def parse(cls, text: str) -> "Confidence":
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown confidence {text!r} (expected low, medium or high)") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Location:
    """A place in an input: file and line/col for code, page (and sentence) for papers."""

    path: str
    line: int | None = None
    col: int | None = None
    end_line: int | None = None
    end_col: int | None = None
    cell: int | None = None  # notebook cell index (0-based)
    cell_line: int | None = None  # 1-based line inside the cell
    page: int | None = None  # 1-based PDF page
    margin_line: int | None = None  # review-copy line number printed in the margin

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Location":
        return cls(**data)

    def short(self) -> str:
        """`path:line:col` (or `path:page N`) for one-line output."""
        if self.line is not None:
            return f"{self.path}:{self.line}:{(self.col or 0) + 1}"
        if self.page is not None:
            return f"{self.path}:page {self.page}"
        return self.path


@dataclass
class Finding:
    rule_id: str
    rule_name: str
    severity: Severity
    confidence: Confidence
    message: str
    location: Location
    evidence: str = ""  # code snippet or paper sentence
    fix_hint: str = ""
    related_locations: list[Location] = field(default_factory=list)
    related_evidence: list[str] = field(default_factory=list)
    fingerprint: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "rule_name": self.rule_name,
            "severity": str(self.severity),
            "confidence": str(self.confidence),
            "message": self.message,
            "location": self.location.to_dict(),
            "evidence": self.evidence,
            "fix_hint": self.fix_hint,
            "related_locations": [loc.to_dict() for loc in self.related_locations],
            "related_evidence": list(self.related_evidence),
            "fingerprint": self.fingerprint,
            **({"extra": self.extra} if self.extra else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Finding":
        return cls(
            rule_id=data["rule_id"],
            rule_name=data["rule_name"],
            severity=Severity.parse(data["severity"]),
            confidence=Confidence.parse(data["confidence"]),
            message=data["message"],
            location=Location.from_dict(data["location"]),
            evidence=data.get("evidence", ""),
            fix_hint=data.get("fix_hint", ""),
            related_locations=[Location.from_dict(d) for d in data.get("related_locations", [])],
            related_evidence=list(data.get("related_evidence", [])),
            fingerprint=data.get("fingerprint", ""),
            extra=dict(data.get("extra", {})),
        )

    def sort_key(self) -> tuple:
        loc = self.location
        return (loc.path, loc.page or 0, loc.line or 0, loc.col or 0, self.rule_id)


_SPACE = re.compile(r"\s+")


def normalise_snippet(text: str) -> str:
    """Whitespace-insensitive form of evidence, so fingerprints survive reformatting."""
    return _SPACE.sub(" ", text).strip()


def assign_fingerprints(findings: list[Finding]) -> list[Finding]:
    """Stable ids: rule + path + normalised evidence + occurrence index among equal triples.

    Line numbers are left out on purpose: an edit above a finding must not change its identity.
    """
    seen: dict[tuple[str, str, str], int] = {}
    for finding in sorted(findings, key=Finding.sort_key):
        key = (finding.rule_id, finding.location.path, normalise_snippet(finding.evidence or finding.message))
        index = seen.get(key, 0)
        seen[key] = index + 1
        digest = hashlib.sha256("\x1f".join((*key, str(index))).encode()).hexdigest()
        finding.fingerprint = digest[:16]
    return findings
