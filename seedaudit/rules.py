"""Rule registry: `rules/*.toml` is the single source of truth for ids, names, docs and examples, and
for what a finding of the rule means: its verdict role, and for paper rules its message and the
conditions that raise or release it. Adding a paper rule is one TOML file; nothing in the code lists
rule ids to decide anything."""
from __future__ import annotations

import functools
import string
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from .errors import ConfigError
from .findings import Confidence, Finding, Location, Severity

ENGINES = ("meta", "code", "paper", "crosscheck", "measured")
# What a finding of the rule does to the verdict (seedaudit/verdict.py): risky makes it risky, review makes
# it review at least, safe is a note (sound practice: ok when nothing else), info never moves it.
ROLES = ("risky", "review", "info", "safe")
# Purposes a sentence can name, for `[review_when] sentence_says` (the keys of paper/claims.py PURPOSES).
PURPOSES = ("reproducibility",)
# Fields a paper rule's `detail` parts may name: the sentence's count of seeds or runs, its seed values,
# and "no significance test named" when the paper names none.
DETAIL_FIELDS = ("n", "seeds", "untested")


class RuleError(ConfigError):
    """A rule file is malformed, or a rule token names no rule."""


@dataclass(frozen=True)
class Example:
    """A VALID/INVALID example: files (name -> text) whose `# expect: ID` markers are the truth."""

    kind: str  # "bad" or "good"
    files: dict[str, str]
    note: str = ""


@dataclass(frozen=True)
class WarnWhen:
    """`[warn_when]` of a paper rule: its finding becomes a warning when the sentence counts fewer than
    `runs_below` seeds or runs, or when `no_spread` and the paper reports no spread anywhere."""

    runs_below: int | None = None
    no_spread: bool = False


@dataclass(frozen=True)
class ReviewWhen:
    """`[review_when]` of a risky rule: when every condition given holds, its finding leaves no result
    resting on one seed and the verdict reads it as review; `reason` (which may name {max_n}) says why.
    Conditions: the paper reports results over at least `runs_reported` seeds or runs; the finding's
    sentence names the purpose `sentence_says`; the paper has a note of rule `note`."""

    reason: str
    runs_reported: int | None = None
    sentence_says: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    engine: str
    severity: Severity
    confidence: Confidence
    summary: str
    what: str
    why: str
    verdict: str  # one of ROLES
    message: str = ""
    detail: tuple[str, ...] = ()
    warn_when: WarnWhen | None = None
    review_when: ReviewWhen | None = None
    example: str = ""
    use_instead: str = ""
    references: tuple[str, ...] = ()
    default_enabled: bool = True
    examples: tuple[Example, ...] = ()
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    source: str = ""

    def finding(self, message: str, location: Location, *, severity: Severity | None = None,
                confidence: Confidence | None = None, fix_hint: str | None = None, **rest: Any) -> Finding:
        """A finding of this rule: its id, name and hint, and its severity and confidence unless the
        caller knows better (test-set selection is an error; a measurement is as sure as its runs)."""
        return Finding(self.id, self.name, severity or self.severity, confidence or self.confidence, message, location,
                       fix_hint=self.fix_hint if fix_hint is None else fix_hint, **rest)

    @property
    def fix_hint(self) -> str:
        """One line of advice for reporters: the first sentence of 'Use instead'."""
        text = " ".join(self.use_instead.split())
        if not text:
            return ""
        return text.split(". ")[0].rstrip(".") + "."


def rules_dir() -> Path:
    """`rules/` in a checkout, or the copy installed as package data."""
    return Path(str(resources.files("seedaudit._rules")))


_REQUIRED = ("id", "name", "engine", "severity", "confidence", "summary", "what", "why", "verdict")
_KNOWN = set(_REQUIRED) | {"example", "use_instead", "references", "default", "examples", "data", "message", "detail",
                           "warn_when", "review_when"}
_PAPER_ONLY = ("message", "detail", "warn_when")
# The typed keys of each table; a paper rule's [data] is read by paper/classify.py and paper/nlp.py.
_WARN_WHEN = {"runs_below": int, "no_spread": bool}
_REVIEW_WHEN = {"reason": str, "runs_reported": int, "sentence_says": str, "note": str}
_PAPER_DATA = {"category": str, "priority": int, "when": list, "unless": list, "patterns": dict}


def _table(source: str, raw: dict, key: str, types: dict[str, type]) -> dict | None:
    """`raw[key]` checked against `types` (unknown keys and wrong types are errors), or None if absent."""
    if key not in raw:
        return None
    table = raw[key]
    if not isinstance(table, dict):
        raise RuleError(f"{source}: {key} must be a table")
    unknown = sorted(set(table) - set(types))
    if unknown:
        raise RuleError(f"{source}: [{key}] unknown {unknown} (known: {sorted(types)})")
    for name, value in table.items():
        if type(value) is not types[name]:  # type(), not isinstance: true is no count of runs
            raise RuleError(f"{source}: [{key}] {name} must be {types[name].__name__}")
    return table


def template_fields(text: str) -> set[str]:
    """The fields a message template names ("N = {n}" -> {"n"})."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _template(source: str, key: str, text: object, fields: tuple[str, ...]) -> str:
    """A message template that names only `fields` ({n}, ...)."""
    if not isinstance(text, str):
        raise RuleError(f"{source}: {key} must be a string")
    try:
        named = template_fields(text)
    except ValueError as exc:
        raise RuleError(f"{source}: {key}: {exc}") from None
    if named - set(fields):
        raise RuleError(f"{source}: {key} names {sorted(named - set(fields))} (known: {list(fields)})")
    return text


def _verdict_parts(source: str, raw: dict) -> dict[str, Any]:
    """The Rule fields that say what a finding means: verdict role, message, detail, warn_when, review_when."""
    if raw["verdict"] not in ROLES:
        raise RuleError(f"{source}: verdict must be one of {ROLES}")
    paper = raw["engine"] == "paper"
    misplaced = [k for k in _PAPER_ONLY if k in raw and not paper]
    if misplaced:
        raise RuleError(f"{source}: {misplaced} apply to paper rules only")
    if paper:
        if "message" not in raw:
            raise RuleError(f"{source}: a paper rule needs a message")
        data = _table(source, raw, "data", _PAPER_DATA) or {}
        if not isinstance(data.get("category"), str):
            raise RuleError(f"{source}: a paper rule needs [data] category")
    detail = raw.get("detail", [])
    if not isinstance(detail, list):
        raise RuleError(f"{source}: detail must be a list of strings")
    warn = _table(source, raw, "warn_when", _WARN_WHEN)
    review = _table(source, raw, "review_when", _REVIEW_WHEN)
    if review is not None:
        if raw["verdict"] != "risky":
            raise RuleError(f"{source}: review_when applies to rules whose verdict is risky")
        if "reason" not in review or len(review) < 2:
            raise RuleError(f"{source}: [review_when] needs a reason and at least one condition")
        if "sentence_says" in review and review["sentence_says"] not in PURPOSES:
            raise RuleError(f"{source}: [review_when] sentence_says must be one of {PURPOSES}")
        _template(source, "[review_when] reason", review["reason"], ("max_n",))
    return {
        "verdict": raw["verdict"],
        "message": _template(source, "message", raw.get("message", ""), ()),
        "detail": tuple(_template(source, "detail", part, DETAIL_FIELDS) for part in detail),
        "warn_when": WarnWhen(**warn) if warn is not None else None,
        "review_when": ReviewWhen(**review) if review is not None else None,
    }


def _load_rule(path: Path) -> Rule:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path.name}: {exc}") from None
    missing = [k for k in _REQUIRED if k not in raw]
    unknown = sorted(set(raw) - _KNOWN)
    if missing or unknown:
        raise RuleError(f"{path.name}: missing {missing} unknown {unknown}")
    if raw["engine"] not in ENGINES:
        raise RuleError(f"{path.name}: engine must be one of {ENGINES}")
    examples = []
    for ex in raw.get("examples", []):
        files = dict(ex.get("files", {}))
        if "code" in ex:
            files[ex.get("file", "example.py")] = ex["code"]
        if ex.get("kind") not in ("bad", "good") or not files:
            raise RuleError(f"{path.name}: each example needs kind = bad|good and code or files")
        examples.append(Example(kind=ex["kind"], files=files, note=ex.get("note", "")))
    return Rule(
        id=raw["id"],
        name=raw["name"],
        engine=raw["engine"],
        severity=Severity.parse(raw["severity"]),
        confidence=Confidence.parse(raw["confidence"]),
        summary=raw["summary"].strip(),
        what=raw["what"].strip(),
        why=raw["why"].strip(),
        **_verdict_parts(path.name, raw),
        example=raw.get("example", "").strip("\n"),
        use_instead=raw.get("use_instead", "").strip("\n"),
        references=tuple(raw.get("references", ())),
        default_enabled=bool(raw.get("default", True)),
        examples=tuple(examples),
        data=dict(raw.get("data", {})),
        source=path.name,
    )


@functools.cache
def all_rules() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    names: set[str] = set()
    for path in sorted(rules_dir().glob("*.toml")):
        rule = _load_rule(path)
        if rule.id in rules or rule.name in names:
            raise RuleError(f"{path.name}: duplicate rule id or name {rule.id}/{rule.name}")
        rules[rule.id] = rule
        names.add(rule.name)
    _check_references(rules)
    return rules


def _check_references(rules: dict[str, Rule]) -> None:
    """What one rule says about others: a review_when note names a safe rule; paper categories are unique."""
    categories: dict[str, str] = {}
    for rule in rules.values():
        note = rule.review_when.note if rule.review_when else None
        if note is not None and (note not in rules or rules[note].verdict != "safe"):
            raise RuleError(f"{rule.source}: [review_when] note must be the id of a rule whose verdict is safe")
        category = rule.data.get("category") if rule.engine == "paper" else None
        if category in categories:
            raise RuleError(f"{rule.source}: category {category!r} is also {categories[category]}'s")
        if category:
            categories[category] = rule.id


def engine_of(rule_id: str) -> str:
    """The engine of a rule, or "" for an id this version does not know (in a saved result)."""
    rule = all_rules().get(rule_id)
    return rule.engine if rule is not None else ""


def get_rule(token: str) -> Rule:
    """A rule by id (case-insensitive) or by name."""
    rules = all_rules()
    key = token.strip()
    if key.upper() in rules:
        return rules[key.upper()]
    for rule in rules.values():
        if rule.name == key.lower():
            return rule
    raise RuleError(f"no rule named {token!r} (see `seedaudit rules`)")


def resolve_tokens(tokens: Iterable[str]) -> set[str]:
    """Ids matched by ids, id prefixes ("SA1", "SA10") or names; `ALL` means every rule."""
    rules = all_rules()
    out: set[str] = set()
    for token in tokens:
        key = token.strip()
        if not key:
            continue
        if key.upper() == "ALL":
            out.update(rules)
            continue
        matched = {rid for rid in rules if rid.startswith(key.upper())}
        matched |= {rid for rid, rule in rules.items() if rule.name == key.lower()}
        if not matched:
            raise RuleError(f"no rule matches {token!r} (use an id like SA101, a prefix like SA1, or a name)")
        out |= matched
    return out


@dataclass(frozen=True)
class Selection:
    """Which rules are on: defaults, then `select` (replaces), `extend_select` (adds), `ignore` (removes)."""

    enabled: frozenset[str]

    @classmethod
    def build(cls, select=None, extend_select=(), ignore=()) -> "Selection":
        rules = all_rules()
        if select:
            on = resolve_tokens(select)
        else:
            on = {rid for rid, rule in rules.items() if rule.default_enabled}
        on |= resolve_tokens(extend_select)
        on -= resolve_tokens(ignore)
        on |= {rid for rid, rule in rules.items() if rule.engine == "meta" and rid not in resolve_tokens(ignore)}
        return cls(frozenset(on))

    def __contains__(self, rule_id: str) -> bool:
        return rule_id in self.enabled
