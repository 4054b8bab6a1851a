"""Installed toolkits' training commands: launches that train, though the program they run is not the project's.

A launcher may run an installed toolkit's own training command (`fairseq-train data-bin/x --arch lstm`) rather
than a program of the repository. Such a launch trains like `python train.py …` does: its seed is the seed
option it passes or, when it passes none, the toolkit's own default. The table below is the one place those
commands are known; each default is the toolkit's documented option default:

- fairseq (`fairseq-train`, `fairseq-hydra-train`, `python -m fairseq_cli.train`): the common option `--seed`
  (`common.seed` in Hydra form) defaults to 1, and the trainer seeds every library with it, so a launch that
  passes no seed trains at seed 1. Its first positional argument is the binarised data folder.
- OpenNMT-py (`onmt_train`): `-seed` defaults to -1, and the trainer seeds only a positive value: no fixed seed.
- OpenNMT-tf (`onmt-main … train`): `--seed` defaults to none, and nothing is seeded then: no fixed seed.

A default of None says the toolkit does not seed by default: each run draws afresh, so no fixed seed is claimed.
A project that holds the toolkit's own training module (a fork of it) runs its own copy, whose defaults it may have
changed: there the installed default is not assumed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Toolkit:
    command: str  # the command as launched: a console script, or `-m module` for a module run by Python
    seed_options: tuple[str, ...]  # the options that pass its seed (the first is the one reported)
    default_seed: int | None  # the seed it trains at when none is passed; None: it seeds nothing by default
    positional: str = ""  # the name its first positional argument is read under ("data": the data it trains on)
    subcommand: str = ""  # a word that must follow the command for it to train (`onmt-main … train`)
    module: str = ""  # the toolkit's own training module: a project holding it is a copy of the toolkit

    def held_by(self, python_paths: list[str]) -> bool:
        """The project holds its own copy of the toolkit (a fork: `fairseq_cli/train.py` among its files): the
        command runs that copy, whose defaults may be the project's own, so the installed default is not assumed."""
        wanted = self.module.replace(".", "/") + ".py" if self.module else ""
        return bool(wanted) and any(p.replace("\\", "/") == wanted or p.replace("\\", "/").endswith("/" + wanted)
                                    for p in python_paths)


TOOLKIT_TRAINERS: tuple[Toolkit, ...] = (
    Toolkit("fairseq-train", ("seed", "common.seed"), 1, positional="data", module="fairseq_cli.train"),
    Toolkit("fairseq-hydra-train", ("common.seed", "seed"), 1, module="fairseq_cli.hydra_train"),
    Toolkit("-m fairseq_cli.train", ("seed", "common.seed"), 1, positional="data", module="fairseq_cli.train"),
    Toolkit("onmt_train", ("seed",), None, module="onmt.bin.train"),
    Toolkit("onmt-main", ("seed",), None, subcommand="train", module="opennmt.bin.main"),
)

_SCRIPTS = {t.command: t for t in TOOLKIT_TRAINERS if not t.command.startswith("-m ")}
_MODULES = {t.command[3:]: t for t in TOOLKIT_TRAINERS if t.command.startswith("-m ")}
# a console script as a command word: bare, by a path (`~/.local/bin/fairseq-train`), or looked up
# (`$(which fairseq-train)`, as a distributed launcher's script)
_SCRIPT_WORD = re.compile(r"^(?:\$\(\s*which\s+|`\s*which\s+)?(?:\S*/)?(" + "|".join(map(re.escape, sorted(_SCRIPTS)))
                          + r")(?:\s*\)|\s*`)?$")
TOOLKIT_RUN = re.compile(r"(?:^|[\s;&|(`])(?:\S*/)?(?:" + "|".join(map(re.escape, sorted(_SCRIPTS))) + r")(?:[\s)`]|$)")


def script_toolkit(word: str) -> Toolkit | None:
    """The toolkit whose training command a command word is (`fairseq-train`, `$(which fairseq-train)`)."""
    match = _SCRIPT_WORD.match(word)
    return _SCRIPTS[match[1]] if match else None


def module_toolkit(module: str) -> Toolkit | None:
    """The toolkit whose training module `python -m` runs (`fairseq_cli.train`)."""
    return _MODULES.get(module)


def toolkit_of(program: str) -> Toolkit | None:
    """The toolkit an invocation's program is (its program is the command as the table names it)."""
    if program.startswith("-m "):
        return module_toolkit(program[3:].strip())
    return _SCRIPTS.get(program)
