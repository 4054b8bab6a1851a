"""Stacked config files on a launch line, and the seed a Lightning CLI program reads from them."""
from __future__ import annotations

from pathlib import Path

import pytest

from seedaudit.code.checks.sa101_single_seed_comparison import trains
from seedaudit.code.engine import check_paths
from seedaudit.code.launchers import command_invocation
from seedaudit.code.variation import invocation_seeds
from seedaudit.config import load_config
from seedaudit.rules import Selection

CLI_PROGRAM = """
from lightning.pytorch.cli import LightningCLI

from parts import Denoiser, Scans


class ScanCLI(LightningCLI):
    pass


ScanCLI(Denoiser, Scans)
"""

PLAIN_PROGRAM = """
import random
import sys

import yaml

settings = yaml.safe_load(open(sys.argv[-1]))
random.seed(0)
print(settings)
"""


def _seeds(tmp_path: Path, program: str, line: str) -> tuple:
    """invocation_seeds of the one launch line in a small project whose configs fix seed 7 (fixed.yaml) or draw one
    per run (drawn.yaml)."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "t"\n')
    (tmp_path / "denoise.py").write_text(program.lstrip())
    (tmp_path / "fixed.yaml").write_text("seed_everything: 7\ntrainer:\n  max_epochs: 3\n")
    (tmp_path / "drawn.yaml").write_text("seed_everything: true\n")
    (tmp_path / "run.sh").write_text(line + "\n")
    project = check_paths([tmp_path], load_config([tmp_path]), Selection.build(select=["SA101"]), use_cache=False).project
    (launch,) = [f for f in project.launch_files() if f.path.endswith("run.sh")]
    (invocation,) = launch.invocations
    return invocation_seeds(invocation, project)[1:3]


@pytest.mark.parametrize("line, expected", [
    ("python denoise.py fit --config drawn.yaml -c fixed.yaml", (("7",), 1)),  # the later config wins
    ("python denoise.py fit -c fixed.yaml --config drawn.yaml", ((), 0)),  # drawn afresh per run: nothing fixed
    ("python denoise.py fit --config=fixed.yaml --seed_everything 11", (("11",), 1)),  # the command line wins
    ("python denoise.py fit -c fixed.yaml --seed_everything true", ((), 0)),
    ("python denoise.py fit -c fixed.yaml --seed_everything false", ((), 0)),  # not seeded at all
    ("python denoise.py fit --trainer.max_epochs 5", ((), 0)),  # no config, no key: Lightning draws one
])
def test_lightning_cli_seed_from_stacked_configs(tmp_path: Path, line: str, expected: tuple):
    assert _seeds(tmp_path, CLI_PROGRAM, line) == expected


def test_seed_everything_key_is_no_seed_of_other_programs(tmp_path: Path):
    """Outside a Lightning CLI program the key means nothing to the run (the program reads its own settings)."""
    assert _seeds(tmp_path, PLAIN_PROGRAM, "python denoise.py --config fixed.yaml --seed_everything 11") == ((), 0)


def test_repeated_config_options_are_kept_in_order():
    options = command_invocation(1, 1, "python main.py fit --config a.yaml --config=b.yml --config c.json "
                                       "--lr 1 --lr 2").options
    assert options["config"] == "a.yaml b.yml c.json"
    assert options["lr"] == "2"  # any other option given again takes its last value


@pytest.mark.parametrize("command, training", [
    ("python main.py fit --config a.yaml", True),
    ("python main.py test --config a.yaml --ckpt_path best.ckpt", False),
    ("python main.py validate -c a.yaml", False),
    ("python -m tools.main predict -c a.yaml", False),
])
def test_evaluation_subcommand_trains_nothing(command: str, training: bool):
    assert trains(command_invocation(1, 1, command)) is training
