"""The one verdict: how a reviewer should read a paper or a submission.

It is decided by each finding's rule's verdict role in rules/*.toml (risky, review, info, safe) and
its `[review_when]` release, never by severity: a review finding raised to a warning (a thin
aggregate) leaves the paper at review. `seedaudit paper`, `audit` (text, JSON, HTML) and `scan` all
take their verdict from `verdict_of`, so one paper gets one verdict whichever command reads it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from .findings import Finding
from .rules import Rule, all_rules, engine_of

VERDICTS = ("risky", "review", "ok", "no seed information")  # "unreadable" is no verdict: nothing was read


@dataclass(frozen=True)
class Verdict:
    name: str  # one of VERDICTS
    reasons: list[str] = field(default_factory=list)  # why, one line each


class Claims(Protocol):
    """What the verdict reads of a paper's claims (seedaudit.paper.claims.Claims), named here so that the
    kernel does not import the paper engine, which imports it."""

    spread_reported: bool
    significance_test: list

    @property
    def max_n(self) -> int | None: ...

    def names_purpose(self, purpose: str, sentence: str) -> bool: ...


def role(rule_id: str) -> str:
    """The verdict role of a rule; one this version does not know (in a saved result) counts for nothing."""
    rule = all_rules().get(rule_id)
    return rule.verdict if rule is not None else "info"


def _released(finding: Finding, rule: Rule, note_ids: set[str], claims: Claims | None, max_n: int | None) -> str:
    """Why a risky finding leaves no result resting on one seed (its rule's `[review_when]` reason, when
    every condition it gives holds), or "": the finding stays, the verdict reads it as review. `max_n` is
    the claims' largest count, read once per paper: each read walks every claim."""
    when = rule.review_when
    if when is None:
        return ""
    if when.runs_reported is not None and (max_n or 0) < when.runs_reported:
        return ""
    says = when.sentence_says
    if says is not None and (claims is None or not claims.names_purpose(says, finding.evidence or "")):
        return ""
    if when.note is not None and when.note not in note_ids:
        return ""
    return when.reason.format(max_n=max_n)


def _where(finding: Finding) -> str:
    """The page of a paper, the line of a text paper, the file and line of code."""
    loc = finding.location
    if loc.page:
        return f"page {loc.page}"
    if loc.line and engine_of(finding.rule_id) == "paper":
        return f"line {loc.line}"
    return loc.short()


def verdict_of(findings: list[Finding], notes: list[Finding], claims: Claims | None = None) -> Verdict:
    """Risky if a risky finding stands, review if only review findings (or released risky ones), ok if
    only safe uses (notes), else no seed information. `claims` are the paper's (None without a paper):
    the releases read them, and the reasons say when they show no spread or no significance test."""
    rules = all_rules()
    risky: list[Finding] = []
    review: list[Finding] = []
    released: dict[str, None] = {}  # the reasons, once each, in order
    note_ids = {note.rule_id for note in notes}
    max_n = claims.max_n if claims is not None else None
    for finding in findings:
        kind = role(finding.rule_id)
        why = _released(finding, rules[finding.rule_id], note_ids, claims, max_n) if kind == "risky" else ""
        if kind == "risky" and not why:
            risky.append(finding)
        elif kind in ("risky", "review"):
            review.append(finding)
            if why:
                released[why] = None
    reasons = [f"{f.rule_id} {f.rule_name} ({_where(f)}): {f.message}" for f in risky + review]
    reasons += list(released)
    reasons += [f"safe: {f.rule_name} ({_where(f)})" for f in notes]
    # a paper's information findings (a seed said to be out of the authors' control) move no verdict, but
    # the reader is told; diagnostics (SA0xx: input problems, unused suppressions) are reported elsewhere
    reasons += [f"info: {f.rule_name} ({_where(f)})" for f in findings
                if role(f.rule_id) == "info" and engine_of(f.rule_id) == "paper"]
    if (risky or review) and claims is not None:
        if not claims.spread_reported:
            reasons.append("no spread (±, standard deviation or interval) is reported")
        if not claims.significance_test:
            reasons.append("no significance test is named")
    if risky:
        return Verdict("risky", reasons)
    if review:
        return Verdict("review", reasons)
    if notes:
        return Verdict("ok", reasons)
    return Verdict("no seed information", reasons or ["no statement about training seeds or runs was found"])
