"""The `seedaudit` command: a thin click group; each command lives in its own module."""
from __future__ import annotations

import sys

import click

from ..version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="seedaudit")
def cli() -> None:
    """Find results that stand on one lucky random seed: in code, in papers, and by re-running."""


def _register() -> None:
    from . import rules_cmd

    cli.add_command(rules_cmd.rules)
    cli.add_command(rules_cmd.rule)
    for module_name in ("check", "paper", "rerun", "audit", "report", "scan"):
        try:
            module = __import__(f"seedaudit.cli.{module_name}", fromlist=["command"])
        except ModuleNotFoundError as exc:
            if exc.name != f"seedaudit.cli.{module_name}":
                raise
            continue
        cli.add_command(module.command)


_register()


def main() -> None:
    """Entry point: usage errors exit 2 (click), unexpected errors exit 2 with one line."""
    try:
        rc = cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo("seedaudit: interrupted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo("seedaudit: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)
    except Exception as exc:  # the last line of defence: no traceback for users
        click.echo(f"seedaudit: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(2)
    sys.exit(rc if isinstance(rc, int) else 0)
