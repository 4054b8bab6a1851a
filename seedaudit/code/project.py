"""What the project pass knows about a project (ProjectFacts), and the first step of that pass: which
project functions seed which RNG families (seeding helpers, found across files, helpers calling helpers
included), and which torch version the project targets.

The pass itself, with its second step (the seed variation, which reads ProjectFacts), is project_pass.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config
from .facts import Call, FileFacts, LaunchFacts
from .sinks import SEEDERS, seeder
from .seed_facts import CountOption, SeedOption, SeedVariation, Sweep

AnyFacts = FileFacts | LaunchFacts
_ALL_FAMILIES = frozenset({"random", "numpy", "torch", "cuda", "tensorflow"})


@dataclass
class ProjectFacts:
    root: Path | None
    files: dict[str, AnyFacts]
    config: Config
    helpers: dict[str, frozenset[str]] = field(default_factory=dict)  # "pkg.utils.set_seed" → families
    torch_version: tuple[int, int] | None = None
    torch_version_source: str | None = None  # where the version came from (config or a pin line)
    # seed variation (variation.py): options, sweeps, which launch lines run which file, the summary fact
    seed_options: list[SeedOption] = field(default_factory=list)
    count_options: list[CountOption] = field(default_factory=list)
    sweeps: list[Sweep] = field(default_factory=list)
    runs: dict[str, list] = field(default_factory=dict)  # python path → [(launch path, Invocation)]
    python_launches: list[LaunchFacts] = field(default_factory=list)  # driver scripts' os.system/subprocess runs
    seed_variation: SeedVariation = field(default_factory=lambda: SeedVariation("unseeded"))
    memo: dict = field(default_factory=dict, repr=False)  # per-project results of pure functions over facts

    def python_files(self) -> list[FileFacts]:
        return [f for f in self.files.values() if isinstance(f, FileFacts)]

    def launch_files(self) -> list[LaunchFacts]:
        """Launch files, and the launches Python driver scripts make (found by the seed-variation step)."""
        return [f for f in self.files.values() if isinstance(f, LaunchFacts)] + self.python_launches

    def helper_families(self, call: Call, facts: FileFacts) -> frozenset[str] | None:
        """Families a call to a project seeding helper seeds, resolved through the caller's imports."""
        return _lookup_helper(self.helpers, call.qualname, facts)

    def seeded_families(self, call: Call, facts: FileFacts) -> frozenset[str] | None:
        """Families a call seeds: a library seeder or a project helper; None if it seeds nothing."""
        known = seeder(call.qualname)
        if known is not None:
            return known[0]
        return self.helper_families(call, facts)


def _lookup_helper(helpers: dict[str, frozenset[str]], qualname: str, facts: FileFacts) -> frozenset[str] | None:
    if not helpers:
        return None
    name = qualname.lstrip(".")
    local = f"{facts.module}.{name}" if facts.module else name
    if local in helpers:
        return helpers[local]
    if name in helpers:
        return helpers[name]
    if "." in name:  # imported: `utils.set_seed` matches `src.utils.set_seed`
        for key, families in helpers.items():
            if key.endswith("." + name):
                return families
    return None


def _function_calls(facts: FileFacts) -> dict[str, list[Call]]:
    out: dict[str, list[Call]] = {}
    names = {f.qualname for f in facts.functions}
    for call in facts.calls:
        func = call.ctx.func
        while func and func not in names:
            func = func.rpartition(".")[0]
        if func:
            out.setdefault(func, []).append(call)
    return out


_HELPER_NAME = re.compile(r"seed|rng|random|determinis|reproduc", re.IGNORECASE)


def _seeds_with_parameter(call: Call, params: set[str], families: tuple | None) -> bool:
    if families is None:
        return bool(params & {n for a in (*call.args, *call.kwargs.values()) for n in a.names})
    _, position, keyword = families
    arg = call.arg(position, keyword)
    return arg is not None and bool(params & set(arg.names))


def find_helpers(files: list[FileFacts], extra: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Project functions that seed RNGs for their callers (helpers calling helpers included).

    A helper seeds with one of its parameters, or is named for the job (`set_seed`, `init_rng`), so a
    `main()` that happens to seed and then train is not mistaken for one.
    """
    helpers: dict[str, frozenset[str]] = {name: _ALL_FAMILIES for name in extra}
    calls_by_file = [(f, _function_calls(f), {fn.qualname: fn for fn in f.functions}) for f in files]
    changed = True
    while changed:  # helpers calling helpers: iterate to a fixed point (bounded by the number of functions)
        changed = False
        for facts, by_func, functions in calls_by_file:
            for func, calls in by_func.items():
                key = f"{facts.module}.{func}" if facts.module else func
                params = {p.name for p in functions[func].params} - {"self", "cls"}
                named = bool(_HELPER_NAME.search(functions[func].name))
                families = set(helpers.get(key, ()))
                before = len(families)
                for call in calls:
                    known = SEEDERS.get(call.qualname)
                    found = known[0] if known is not None else _lookup_helper(helpers, call.qualname, facts)
                    if found and (named or _seeds_with_parameter(call, params, known)):
                        families |= found
                if len(families) > before:
                    helpers[key] = frozenset(families)
                    changed = True
    return helpers


_VERSION = re.compile(r"(\d+)\.(\d+)")


def _pinned_torch(files: list[LaunchFacts]) -> tuple[tuple[int, int], str] | None:
    """The highest torch version a pin allows (==, <=, <, ~=), from requirements or environment files."""
    best = None
    for facts in files:
        for line, spec in facts.torch_pins:
            match = _VERSION.search(spec)
            if not match or ">" in spec and "<" not in spec:
                continue
            version = (int(match[1]), int(match[2]))
            if best is None or version > best[0]:
                best = (version, f"{facts.path}:{line}")
    return best


def combine_files(root: Path | None, files: dict[str, AnyFacts], config: Config) -> ProjectFacts:
    """Every file's facts in one ProjectFacts, with the seeding helpers and the torch version the project
    targets: the first step of the project pass (project_pass.py), which the seed-variation step reads."""
    project = ProjectFacts(root=root, files=files, config=config)
    project.helpers = find_helpers(project.python_files(), config.seeding_helpers)
    if config.target_torch_version:
        parts = config.target_torch_version.split(".")
        project.torch_version = (int(parts[0]), int(parts[1]))
        project.torch_version_source = "target-torch-version"
    else:
        pinned = _pinned_torch(project.launch_files())
        if pinned:
            project.torch_version, project.torch_version_source = pinned
    return project
