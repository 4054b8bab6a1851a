"""The project's seed facts as records: the options that set a seed or a run count, the sweeps that
vary it, and the one fact they come to (`unseeded | fixed-only | capacity-only | swept(n, values)`).

The variation pass (variation.py) fills them and ProjectFacts (project.py) holds them; the records sit
below both, so that the pass can read ProjectFacts without ProjectFacts importing the pass.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SeedOption:
    """A way to set the seed from outside the code: CLI option, config field or config value."""

    path: str
    line: int
    name: str  # normalised: "seed", "random_seed", "train.seed"
    default: Any  # literal default (None when absent or not literal)
    kind: str  # argparse click field config
    is_list: bool = False


@dataclass(frozen=True)
class CountOption:
    path: str
    line: int
    name: str
    default: Any
    # the other programs whose loops repeat their training under it (`main.py` looping `args.exp_round` times over an
    # option of the `arguments.py` it imports); the file that declares it counts as its own program too
    repeated_in: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sweep:
    """One source of seed variation: where, what kind, the seed values where literal, how many."""

    path: str
    line: int
    what: str  # shell loop, hydra multirun, wandb sweep, seed list, repeat count, python loop, ...
    values: tuple[str, ...] = ()
    count: int = 0
    program: str | None = None  # the python file it varies, when known


@dataclass
class SeedVariation:
    state: str  # unseeded fixed-only capacity-only swept
    count: int = 0
    values: tuple[str, ...] = ()
    evidence: list[tuple[str, int, str]] = field(default_factory=list)

    def describe(self) -> str:
        if self.state != "swept":
            return self.state
        shown = ", ".join(self.values[:8]) + (", …" if len(self.values) > 8 else "")
        return f"swept({self.count}, [{shown}])" if self.values else f"swept({self.count})"
