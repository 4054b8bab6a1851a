"""Rule registry: `rules/*.toml` is the single source of truth for ids, names, docs and examples."""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from .errors import ConfigError
from .findings import Confidence, Severity

ENGINES = ("meta", "code", "paper", "crosscheck", "measured")


class RuleError(ConfigError):
    """A rule file is malformed, or a rule token names no rule."""


@dataclass(frozen=True)
class Example:
    """A VALID/INVALID example: files (name -> text) whose `# expect: ID` markers are the truth."""

    kind: str  # "bad" or "good"
    files: dict[str, str]
    note: str = ""


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
    example: str = ""
    use_instead: str = ""
    references: tuple[str, ...] = ()
    default_enabled: bool = True
    examples: tuple[Example, ...] = ()
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    source: str = ""

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


_REQUIRED = ("id", "name", "engine", "severity", "confidence", "summary", "what", "why")
_KNOWN = set(_REQUIRED) | {"example", "use_instead", "references", "default", "examples", "data"}


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
    return rules


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
