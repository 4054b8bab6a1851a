"""`seedaudit rules` (the table) and `seedaudit rule ID|NAME` (one rule's full doc)."""
from __future__ import annotations

import click

from ..rules import ENGINES, all_rules, get_rule
from .common import handle_errors


@click.command()
@click.option("--engine", type=click.Choice(ENGINES), help="Only this engine's rules.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def rules(engine: str | None, fmt: str) -> int:
    """List every rule: id, name, severity, confidence, default, summary."""
    chosen = [r for r in all_rules().values() if engine is None or r.engine == engine]
    if fmt == "json":
        import json

        click.echo(json.dumps([
            {"id": r.id, "name": r.name, "engine": r.engine, "severity": str(r.severity), "confidence": str(r.confidence),
             "verdict": r.verdict, "default": r.default_enabled, "summary": r.summary} for r in chosen], indent=2))
        return 0
    width = max((len(r.name) for r in chosen), default=4)
    click.echo(f"{'ID':<6} {'NAME':<{width}} {'ENGINE':<10} {'SEVERITY':<8} {'CONF':<6} {'ON':<3} SUMMARY")
    for r in chosen:
        click.echo(f"{r.id:<6} {r.name:<{width}} {r.engine:<10} {str(r.severity):<8} {str(r.confidence):<6} "
                   f"{'yes' if r.default_enabled else 'no':<3} {r.summary}")
    return 0


@click.command()
@click.argument("token")
@handle_errors
def rule(token: str) -> int:
    """Show the full documentation of one rule, by id (SA101) or name."""
    from ..ruledocs import rule_markdown

    click.echo(rule_markdown(get_rule(token)), nl=False)
    return 0
