"""Every statistic the re-runner reports is explained where users look: `seedaudit rerun --help` and the
README, with the API and options that produce them."""
from __future__ import annotations

from pathlib import Path


def test_the_help_and_the_readme_say_how_to_read_every_statistic():
    from click.testing import CliRunner

    from seedaudit.cli.rerun import command

    help_text = CliRunner().invoke(command, ["--help"], terminal_width=100).output
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for name in ("best of k", "claim percentile", "P(A > B)", "flip risk", "ASO", "seeds needed", "same-seed spread",
                 "consistency", "churn", "always right", "log_predictions", "--vary", "--keep", "--compare"):
        assert name in help_text, name
        assert name in readme, name
