"""Config files a launch line stacks, and the seed a Lightning CLI entry point reads from them.

A program built on Lightning's CLI (`LightningCLI(Model, DataModule)`, or a subclass of it) takes its settings
from the config files its command line names (`--config a.yaml --config b.yaml`, also `-c`), later files
overriding earlier ones and `--name value` options overriding them all. It seeds every run from the merged
top-level `seed_everything`: an int is one fixed seed, `true` or no key draws a fresh seed per run, `false` seeds
nothing. The key is read only for such programs: elsewhere a name like `seed_everything` is a seeding function or
an on/off switch, not a seed (seed_names.is_seed_name leaves it out for that reason).
"""
from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from .facts import FileFacts, Invocation, LaunchFacts

if TYPE_CHECKING:
    from .project import ProjectFacts

SEED_KEY = "seed_everything"
_CONFIG_OPTIONS = ("--config", "-c")


def cli_entry(facts: FileFacts) -> bool:
    """The file builds Lightning's CLI: it calls `LightningCLI` (any import path) or a class of its own derived
    from it."""
    derived = {cls.name for cls in facts.classes if any(b.rsplit(".", 1)[-1] == "LightningCLI" for b in cls.bases)}
    return any(call.qualname.rsplit(".", 1)[-1] in derived | {"LightningCLI"} for call in facts.calls)


def config_file(project: "ProjectFacts", value: str) -> LaunchFacts | None:
    """The project's YAML/JSON config a launch option names (its path may be relative to the project root or the
    launch file, so either may end the other); None when it is not in the project."""
    wanted = value.strip("'\"").lstrip("./")
    for launch in project.launch_files():
        if launch.kind in ("yaml", "json") and wanted and (launch.path.endswith(wanted) or wanted.endswith(launch.path.lstrip("./"))):
            return launch
    return None


def merged_settings(project: "ProjectFacts", value: str) -> dict[str, object] | None:
    """The settings of the config files one option names, stacked in the order given (later files override
    earlier ones); None when one of them is not in the project."""
    merged: dict[str, object] = {}
    for path in value.split():
        found = config_file(project, path)
        if found is None:
            return None
        merged.update((k, v) for k, v, _ in found.settings)
    return merged


def stacked_paths(invocation: Invocation) -> list[str]:
    """The config files a launch names with `--config`/`-c`, in the order written (the two spellings are one
    option, so the order across them counts)."""
    try:
        words = shlex.split(invocation.text, comments=False)
    except ValueError:
        words = invocation.text.split()
    out = []
    for i, word in enumerate(words):
        name, eq, value = word.partition("=")
        if name in _CONFIG_OPTIONS:
            out += [value] if eq else words[i + 1:i + 2]
    return out


def cli_seed(invocation: Invocation, project: "ProjectFacts") -> object:
    """The `seed_everything` a launch of a Lightning CLI program runs with: the command line's, else the last of
    its stacked configs that sets one; True (a seed drawn per run) when none does."""
    if SEED_KEY in invocation.options:
        return invocation.options[SEED_KEY]
    seed, _ = _last_stacked(invocation, project, {SEED_KEY})
    return True if seed is None else seed


def named_config_seed(invocation: Invocation, project: "ProjectFacts", keys: set[str]) -> object:
    """The seed the config files a launch names (`-c a.yaml`, later files winning) set at their top level under
    one of `keys` (the names of the program's seed options left without a default, which such a config then
    fills); None when none of them does or a file is not in the project."""
    seed, complete = _last_stacked(invocation, project, keys) if keys else (None, True)
    return seed if complete else None


def _last_stacked(invocation: Invocation, project: "ProjectFacts", keys: set[str]) -> tuple[object, bool]:
    """The value the last of a launch's stacked configs sets under one of `keys` (None when none sets one), and
    whether every config it names is in the project."""
    value, complete = None, True
    for path in stacked_paths(invocation):
        found = config_file(project, path)
        if found is None:
            complete = False
            continue
        value = next((v for k, v, _ in found.settings if k in keys), value)
    return value, complete
