import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def run_cli(tmp_path, monkeypatch):
    """Run `seedaudit ...` in-process through the real entry point; returns (exit code, stdout, stderr)."""
    from click.testing import CliRunner

    def run(*args, cwd=None):
        if cwd is not None:
            monkeypatch.chdir(cwd)
        from seedaudit.cli import main

        runner = CliRunner()
        result = runner.invoke(_wrapped(main), list(map(str, args)), catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr

    return run


def _wrapped(main):
    import click

    @click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
    @click.pass_context
    def entry(ctx):
        sys.argv = ["seedaudit", *ctx.args]
        main()

    return entry
