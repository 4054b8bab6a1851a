"""Rule documentation in ruff's shape, generated from `rules/*.toml` (the one source of truth)."""
from __future__ import annotations

from pathlib import Path

from .rules import Rule, all_rules


def _fence(code: str, lang: str) -> str:
    return f"```{lang}\n{code.rstrip()}\n```"


def _lang(rule: Rule) -> str:
    return "text" if rule.engine == "paper" else "python"


def rule_markdown(rule: Rule) -> str:
    parts = [
        f"# {rule.id} {rule.name}",
        "",
        f"Engine: {rule.engine} · Severity: {rule.severity} · Confidence: {rule.confidence} · Verdict: {rule.verdict}"
        + ("" if rule.default_enabled else " · off by default (enable with `--extend-select " + rule.id + "`)"),
        "",
        "## What it does",
        rule.what,
        "",
        "## Why is this bad?",
        rule.why,
    ]
    if rule.example:
        parts += ["", "## Example", _fence(rule.example, _lang(rule))]
    if rule.use_instead:
        is_code = rule.engine == "code" and ("\n" in rule.use_instead.strip() or "(" in rule.use_instead)
        parts += ["", "## Use instead", _fence(rule.use_instead, "python") if is_code else rule.use_instead]
    if rule.references:
        parts += ["", "## References", *[f"- {ref}" for ref in rule.references]]
    if rule.engine in ("code", "meta"):
        parts += ["", f"Suppress with `# noqa: {rule.id}` or `# seedaudit: ignore[{rule.name}]` on the statement."]
    else:
        parts += ["", f"Turn off with `--ignore {rule.id}` (or `ignore = [\"{rule.name}\"]` in `[tool.seedaudit]`)."]
    return "\n".join(parts) + "\n"


def write_docs(folder: Path) -> list[Path]:
    """docs/rules/<ID>.md for every rule, plus an index table."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    rows = ["# Rules", "", "A finding's verdict role decides the paper's or submission's verdict: risky makes it risky, review "
            "makes it review at least, safe (a note) makes it ok when nothing else is found, info leaves it alone.", "",
            "| id | name | engine | severity | confidence | verdict | default | summary |",
            "|---|---|---|---|---|---|---|---|"]
    for rule in all_rules().values():
        path = folder / f"{rule.id}.md"
        path.write_text(rule_markdown(rule), encoding="utf-8")
        written.append(path)
        rows.append(
            f"| [{rule.id}]({rule.id}.md) | {rule.name} | {rule.engine} | {rule.severity} | {rule.confidence} | "
            f"{rule.verdict} | {'on' if rule.default_enabled else 'off'} | {rule.summary} |"
        )
    index = folder / "README.md"
    index.write_text("\n".join(rows) + "\n", encoding="utf-8")
    written.append(index)
    return written


def main(argv: list[str] | None = None) -> None:
    """`python -m seedaudit.ruledocs [FOLDER]`: rewrite the rule pages (an argument parser, so `--help` only helps)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m seedaudit.ruledocs", description=__doc__)
    parser.add_argument("folder", nargs="?", default="docs/rules", type=Path,
                        help="where the pages are written (default: docs/rules)")
    for path in write_docs(parser.parse_args(argv).folder):
        print(path)


if __name__ == "__main__":
    main()
