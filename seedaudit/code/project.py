"""What the project pass knows about a project (ProjectFacts), and the first step of that pass: which
project functions seed which RNG families (seeding helpers, found across files, helpers calling helpers
included), and which torch version the project targets; also which project module an import reaches.

The pass itself, with its second step (the seed variation, which reads ProjectFacts), is project_pass.py.
"""
from __future__ import annotations

import heapq
from collections.abc import Hashable
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config
from .facts import Assign, Call, FileFacts, Function, LaunchFacts
from .sources import attach_lines
from .sinks import SEEDERS, advances_its_seed, seed_steps, seeder
from .seed_facts import CountOption, SeedOption, SeedVariation, Sweep

AnyFacts = FileFacts | LaunchFacts
_ALL_FAMILIES = frozenset({"random", "numpy", "torch", "cuda", "tensorflow"})


@dataclass
class ProjectFacts:
    root: Path | None
    files: dict[str, AnyFacts]
    config: Config
    helpers: dict[str, frozenset[str]] = field(default_factory=dict)  # "pkg.utils.set_seed" → families
    helper_suffixes: dict[str, str] = field(default_factory=dict, repr=False)  # "utils.set_seed" → first helper ending so
    star_modules: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)  # see star_imports
    torch_version: tuple[int, int] | None = None
    torch_version_source: str | None = None  # where the version came from (config or a pin line)
    torch_floor: tuple[int, int] | None = None  # the lowest torch a pin requires (`torch>=2.0`), when one does
    # seed variation (variation.py): options, sweeps, which launch lines run which file, the summary fact
    seed_options: list[SeedOption] = field(default_factory=list)
    count_options: list[CountOption] = field(default_factory=list)
    sweeps: list[Sweep] = field(default_factory=list)
    runs: dict[str, list] = field(default_factory=dict)  # python path → [(launch path, Invocation)]
    python_launches: list[LaunchFacts] = field(default_factory=list)  # driver scripts' os.system/subprocess runs
    seed_variation: SeedVariation = field(default_factory=lambda: SeedVariation("unseeded"))
    memo: dict = field(default_factory=dict, repr=False)  # per-project results of pure functions over facts
    # Python files of the project with nothing to read (no seed token): a launch line can still run one
    unread_python: frozenset[str] = frozenset()
    # the files this run reports on (the others are read as context): a problem spread over several files is
    # reported once, at one of these (see reported_at)
    checked: frozenset[str] = frozenset()

    def reported_at(self, members: list[AnyFacts]) -> AnyFacts:
        """The file a problem spread over `members` (in their order of preference) is reported at: the first this
        run reports on, so that checking one of them alone (a pre-commit hook's staged file) still shows it."""
        return next((m for m in members if m.path in self.checked), members[0])

    def python_files(self) -> list[FileFacts]:
        return [f for f in self.files.values() if isinstance(f, FileFacts)]

    def lines_of(self, path: str) -> list[str]:
        """The source lines of one of the project's files (read back from the file where its facts came from a pool
        worker or the cache: see `attach_lines`); [] for a path the project does not hold."""
        facts = self.files.get(path)
        return attach_lines(facts, Path(path), self.config.max_file_bytes) if facts is not None else []

    def launch_files(self) -> list[LaunchFacts]:
        """Launch files, and the launches Python driver scripts make (found by the seed-variation step)."""
        return [f for f in self.files.values() if isinstance(f, LaunchFacts)] + self.python_launches

    def per_file(self, name: Hashable, facts: AnyFacts, compute):
        """`compute(facts, self)`, once per file and project pass (the pass is rebuilt on every run).

        Rules ask some questions once per call or draw; an answer or index computed over the whole
        file each time made large files quadratic."""
        key = (name, facts.path)
        if key not in self.memo:
            self.memo[key] = compute(facts, self)
        return self.memo[key]

    def function_named(self, facts: FileFacts, qualname: str) -> Function | None:
        """The file's first function of that qualname (`Trainer.fit`; a notebook may define one again in a later
        cell), looked up in an index built once per file."""
        return self.per_file("functions-by-qualname", facts, _first_functions).get(qualname)

    def importers_of(self, facts: FileFacts) -> list[FileFacts]:
        """The project files that import this one directly, from an index of the whole project built once per pass."""
        if "importers" not in self.memo:
            index: dict[str, list[FileFacts]] = {}
            for other in self.python_files():
                for module in imported_modules(other, self, depth=1):
                    if module.path != other.path:
                        index.setdefault(module.path, []).append(other)
            self.memo["importers"] = index
        return self.memo["importers"].get(facts.path, [])

    def helper_families(self, call: Call, facts: FileFacts) -> frozenset[str] | None:
        """Families a call to a project seeding helper seeds, resolved through the caller's imports."""
        return _lookup_helper(self.helpers, self.helper_suffixes, call.qualname, facts, self.star_modules)

    def helper_key(self, call: Call, facts: FileFacts) -> str | None:
        """The key of the project seeding helper a call resolves to (`src.utils.set_seed`), as helper_families reads it."""
        return _helper_key(self.helpers, self.helper_suffixes, call.qualname, facts, self.star_modules)

    def seeded_families(self, call: Call, facts: FileFacts) -> frozenset[str] | None:
        """Families a call seeds: a library seeder or a project helper; None if it seeds nothing."""
        known = seeder(call.qualname)
        if known is not None:
            return known[0]
        return self.helper_families(call, facts)


def _first_functions(facts: FileFacts, _project) -> dict[str, Function]:
    first: dict[str, Function] = {}
    for fn in facts.functions:
        first.setdefault(fn.qualname, fn)
    return first


def _lookup_helper(helpers: dict[str, frozenset[str]], suffixes: dict[str, str], qualname: str,
                   facts: FileFacts, stars: dict[str, tuple[str, ...]]) -> frozenset[str] | None:
    key = _helper_key(helpers, suffixes, qualname, facts, stars)
    return helpers[key] if key is not None else None


def _helper_key(helpers: dict[str, frozenset[str]], suffixes: dict[str, str], qualname: str,
                facts: FileFacts, stars: dict[str, tuple[str, ...]]) -> str | None:
    """The helper table's key (`src.utils.set_seed`) of the project seeding helper a call names, if any; a bare name
    may come from a module the file star-imports (see star_imports)."""
    if not helpers:
        return None
    name = qualname.lstrip(".")
    local = f"{facts.module}.{name}" if facts.module else name
    if local in helpers:
        return local
    if name in helpers:
        return name
    if name in suffixes and "." in name:  # imported: `utils.set_seed` matches `src.utils.set_seed`
        return suffixes[name]
    # a bare name from a star-imported module, or a name imported from a module that star-imports its definer
    holder, _, function = name.rpartition(".") if "." in name else (facts.module, "", name)
    for module in stars.get(holder, ()):
        found = f"{module}.{function}"
        if found in helpers or found in suffixes:
            return found if found in helpers else suffixes[found]
    return None


_STAR_DEPTH = 4  # `from models.base import *` in a module that itself star-imports `utils.seeding`, and so on


def star_imports(files: list[FileFacts]) -> dict[str, tuple[str, ...]]:
    """Module (and each of its dotted suffixes) → the modules it imports with `from module import *` (relative ones
    made absolute), then the ones those star-import in turn, breadth first, up to _STAR_DEPTH levels. A function such
    an import brings in is called by its bare name (`setSeed(seed)` after `from models.base import *`, where
    `models/base.py` star-imports `utils/set_seed.py`): the name is looked up in those modules, in that order."""
    direct: dict[str, tuple[str, ...]] = {}
    for facts in files:
        found = tuple(_module_of(imp.module, facts) for imp in facts.imports if "*" in imp.names and imp.module.strip("."))
        if found and facts.module:
            for name in (facts.module, *dotted_suffixes(facts.module)):
                direct.setdefault(name, found)
    return {module: _star_chain(module, direct) for module in direct}


def _star_chain(module: str, direct: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The modules `module` star-imports, then theirs (see star_imports)."""
    seen, level = [], [module]
    for _ in range(_STAR_DEPTH):
        level = [m for current in level for m in direct.get(current, ()) if m not in seen and m != module]
        seen.extend(dict.fromkeys(level))
        if not level:
            break
    return tuple(seen)


def dotted_suffixes(key: str) -> list[str]:
    """`b.c` and `c` for `a.b.c`: the names a key ends with after one of its dots."""
    parts = key.split(".")
    return [".".join(parts[start:]) for start in range(1, len(parts))]


def _add_helper(helpers: dict[str, frozenset[str]], suffixes: dict[str, str], key: str, families: frozenset[str]) -> None:
    """Set a helper's families, indexing a new key by its dotted suffixes. The first helper to end with a
    suffix keeps it, as a scan of the helpers in insertion order would find it; the index replaces that
    scan, which ran for every call and made files with thousands of functions quadratic."""
    if key not in helpers:
        for suffix in dotted_suffixes(key):
            suffixes.setdefault(suffix, key)
    helpers[key] = families


def function_calls(facts: FileFacts) -> dict[str, list[Call]]:
    """A file's functions (by qualified name) with the calls made in their bodies, each call given to the innermost
    function that holds it."""
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


# a call that parses a program's command line into an options object
_PARSED = re.compile(r"(?:^|\.)(?:parse_args|parse_known_args|cli)$")


@dataclass
class _Candidate:
    """A project function that may seed RNGs for its callers."""

    facts: FileFacts
    key: str  # "pkg.utils.set_seed"
    params: set[str]
    named: bool  # named for the job (`set_seed`): seeding with a constant counts too
    calls: list[Call]
    steps: dict[tuple[str, str], int]  # the file's seed_steps

    def grow(self, helpers: dict[str, frozenset[str]], suffixes: dict[str, str],
             stars: dict[str, tuple[str, ...]]) -> bool:
        """Add the families its calls seed (library seeders, known helpers); True when that added any."""
        families = set(helpers.get(self.key, ()))
        before = len(families)
        for call in self.calls:
            known = SEEDERS.get(call.qualname)
            found = known[0] if known is not None else _lookup_helper(helpers, suffixes, call.qualname, self.facts, stars)
            if found and (self.named or _seeds_with_parameter(call, self.params, known)) \
                    and not advances_its_seed(call, self.steps):
                families |= found
        if len(families) == before:
            return False
        _add_helper(helpers, suffixes, self.key, frozenset(families))
        return True


def _candidates(files: list[FileFacts]) -> list[_Candidate]:
    out = []
    for facts in files:
        functions = {fn.qualname: fn for fn in facts.functions}
        steps = seed_steps(facts)
        # the options a function parses itself (`opt = parser.parse_args()`, then `torch.manual_seed(opt.seed)` in a
        # function that builds the run's options): a seed it is given, as a parameter's is
        parsed: dict[str, set[str]] = {}
        for a in facts.assigns:
            if _PARSED.search(a.value.qualname or ""):
                parsed.setdefault(a.ctx.func, set()).update(t.text for t in a.targets if t.kind == "name")
        for func, calls in function_calls(facts).items():
            params = {p.name for p in functions[func].params} - {"self", "cls"} | parsed.get(func, set())
            out.append(_Candidate(facts, f"{facts.module}.{func}" if facts.module else func, params,
                                  bool(_HELPER_NAME.search(functions[func].name)), calls, steps))
    return out


def _readers(candidates: list[_Candidate]) -> dict[str, set[int]]:
    """Helper name → the candidates with a call that a helper of that name (or ending so) can resolve."""
    out: dict[str, set[int]] = {}
    for index, candidate in enumerate(candidates):
        for call in candidate.calls:
            if call.qualname not in SEEDERS:
                name = call.qualname.lstrip(".")
                local = f"{candidate.facts.module}.{name}" if candidate.facts.module else name
                out.setdefault(name, set()).add(index)
                out.setdefault(local, set()).add(index)
    return out


class _Sweep:
    """The candidates (by index) still to visit in one sweep, lowest (earliest in the source) first."""

    def __init__(self, indices=()) -> None:
        self.heap = list(indices)
        heapq.heapify(self.heap)
        self.queued = set(self.heap)

    def __bool__(self) -> bool:
        return bool(self.heap)

    def add(self, index: int) -> None:
        if index not in self.queued:
            self.queued.add(index)
            heapq.heappush(self.heap, index)

    def pop(self) -> int:
        index = heapq.heappop(self.heap)
        self.queued.discard(index)
        return index


# a function named for seeding every generator: `set_seed`, `setup_seed`, `fix_seeds`, `seed_everything`, `seed_all`,
# `set_random_seed`, `set_global_seed`, `init_seeds`, `same_seeds`
_SEEDING_HELPER_NAME = re.compile(r"^(?:(?:set|setup|fix|init|initiali[sz]e|make|same)_?(?:all_|global_|random_|the_)?seeds?"
                                  r"(?:_all|_everything)?|seed_(?:everything|all))$", re.IGNORECASE)


def _unheld_helpers(files: list[FileFacts]) -> list[str]:
    """Functions named for seeding every generator (`from utils import set_seed`, or `import helpers` and then
    `helpers.set_all_seeds(123)`) of a module the project does not hold (a file checked alone, a helper package
    installed beside it): what they seed cannot be read, and a call of one is read as seeding every generator, as its
    name says and as a reader of the file would take it. A helper of a module the project holds is read from its body
    instead."""
    held = {part for f in files if f.module for part in dotted_suffixes("." + f.module)}
    found = []
    for facts in files:
        for imp in facts.imports:
            module = imp.module.lstrip(".")
            if not module or module in held:
                continue
            named = imp.names or {c.qualname[len(module) + 1:] for c in facts.calls if c.qualname.startswith(module + ".")}
            found += [f"{module}.{name}" for name in named
                      if _SEEDING_HELPER_NAME.match(name) and seeder(f"{module}.{name}") is None]
    return found


def find_helpers(files: list[FileFacts], extra: tuple[str, ...],
                 stars: dict[str, tuple[str, ...]]) -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """Project functions that seed RNGs for their callers (helpers calling helpers included), and their
    suffix index (see _add_helper).

    A helper seeds with one of its parameters, or is named for the job (`set_seed`, `init_rng`), so a
    `main()` that happens to seed and then train is not mistaken for one.

    Helpers calling helpers are found in sweeps over the functions in source order until nothing
    grows; a sweep revisits only the functions whose calls a grown helper can resolve (a skipped one
    would find nothing new), so a chain of thousands of helpers costs one visit per link, not a sweep.
    """
    helpers: dict[str, frozenset[str]] = {}
    suffixes: dict[str, str] = {}
    for name in (*extra, *_unheld_helpers(files)):
        _add_helper(helpers, suffixes, name, _ALL_FAMILIES)
    candidates = _candidates(files)
    readers = _readers(candidates)
    sweep, next_sweep = _Sweep(range(len(candidates))), _Sweep()
    while sweep:
        index = sweep.pop()
        if candidates[index].grow(helpers, suffixes, stars):
            key = candidates[index].key
            for reader in set().union(readers.get(key, ()), *(readers.get(s, ()) for s in dotted_suffixes(key))):
                (sweep if reader > index else next_sweep).add(reader)  # a later function still sees it in this sweep
        if not sweep:
            sweep, next_sweep = next_sweep, _Sweep()
    return helpers, suffixes


_VERSION = re.compile(r"(\d+)\.(\d+)")


def _pinned_torch(files: list[LaunchFacts], floors: bool = False) -> tuple[tuple[int, int], str] | None:
    """The highest torch version a pin allows (==, <=, <, ~=), from requirements or environment files and README
    install steps; with `floors`, the highest lowest version a pin requires (`torch>=2.0.1`: 2.0)."""
    best = None
    for facts in files:
        for line, spec in facts.torch_pins:
            match = _VERSION.search(spec)
            lower_only = ">" in spec and "<" not in spec
            if not match or lower_only != floors:
                continue
            version = (int(match[1]), int(match[2]))
            if best is None or version > best[0]:
                best = (version, f"{facts.path}:{line}")
    return best


def combine_files(root: Path | None, files: dict[str, AnyFacts], config: Config) -> ProjectFacts:
    """Every file's facts in one ProjectFacts, with the seeding helpers and the torch version the project
    targets: the first step of the project pass (project_pass.py), which the seed-variation step reads."""
    project = ProjectFacts(root=root, files=files, config=config)
    project.star_modules = star_imports(project.python_files())
    project.helpers, project.helper_suffixes = find_helpers(project.python_files(), config.seeding_helpers,
                                                            project.star_modules)
    if config.target_torch_version:
        parts = config.target_torch_version.split(".")
        project.torch_version = (int(parts[0]), int(parts[1]))
        project.torch_version_source = "target-torch-version"
    else:
        pinned = _pinned_torch(project.launch_files())
        if pinned:
            project.torch_version, project.torch_version_source = pinned
        floor = _pinned_torch(project.launch_files(), floors=True)
        if floor:
            project.torch_floor = floor[0]
    return project


def module_index(project: ProjectFacts) -> dict[str, list[FileFacts]]:
    """Every dotted suffix of every project module → its files (`a.b.c` is found as c, b.c and a.b.c).

    Built once per project pass: matching each import against every module made large trees quadratic.
    """
    index = project.memo.get("module-suffixes")
    if index is None:
        index = {}
        for other in project.python_files():
            if not other.module:
                continue
            parts = other.module.split(".")
            if parts[-1] == "__init__":
                parts = parts[:-1]
            for start in range(len(parts)):
                index.setdefault(".".join(parts[start:]), []).append(other)
        project.memo["module-suffixes"] = index
    return index


def module_named(name: str, importer: FileFacts, project: ProjectFacts) -> FileFacts | None:
    """The project module an import of `name` written in `importer` reaches (`config` → the `config.py` beside it),
    or None when the project holds none."""
    found = nearest_modules(module_index(project).get(name.lstrip("."), []), name.lstrip("."), importer, project)
    return found[0] if found else None


def imported_bindings(facts: FileFacts, project: ProjectFacts) -> dict[str, list[Assign]]:
    """Names this file imports from a project module (`from config import SEED, VARIANTS`, or every public one of
    `from config import *`) → that module's module-level bindings of the name (`SEED = 42`), once per file and
    project pass; a name the module never binds is left out."""
    return project.per_file("imported-bindings", facts, _imported_bindings)


def _imported_bindings(facts: FileFacts, project: ProjectFacts) -> dict[str, list[Assign]]:
    out: dict[str, list[Assign]] = {}
    for imp in facts.imports:  # `from settings import *` (or a notebook's `%run -i settings.py`): its public names
        holder = module_named(imp.module, facts, project) if "*" in imp.names else None
        for assign in holder.assigns if holder else ():
            for target in assign.targets:
                if not assign.ctx.func and target.kind == "name" and not target.text.startswith("_"):
                    out.setdefault(target.text, []).append(assign)
    for local, full in facts.aliases.items():
        module, _, name = full.lstrip(".").rpartition(".")
        holder = module_named(module, facts, project) if module and name else None
        bound = [a for a in holder.assigns if not a.ctx.func and any(t.text == name for t in a.targets)] if holder else []
        if bound:
            out[local] = bound
    return out


def _folder(path: str) -> str:
    return path.replace("\\", "/").rpartition("/")[0]


def nearest_modules(found, name: str, importer: FileFacts, project: ProjectFacts):
    """The files a plain `import name` written in `importer` reaches: a module beside the importer (in its own
    folder) is the one a script run from there imports, so same-named modules of other folders of the project
    (each sub-project's own `utils.py`) are left out, also when the one beside it has nothing to read (no seed
    token); a module whose whole dotted name is `name` stays."""
    if not found or "." in name:
        return found
    here = _folder(importer.path)
    own = {f"{here}/{name}.py".lstrip("/"), f"{here}/{name}/__init__.py".lstrip("/")}
    if not any(f.path in own for f in found) and not own & project.unread_python:
        return found
    return [f for f in found if f.path in own or f.module == name]


def _module_of(name: str, facts: FileFacts) -> str:
    """Absolute dotted module for an import written in `facts` (relative imports resolved)."""
    if not name.startswith("."):
        return name
    dots = len(name) - len(name.lstrip("."))
    package = facts.module.split(".") if facts.module else []
    if facts.path.endswith("__init__.py"):
        package.append("")  # a package's own module is the package: `.` there is the package itself, not its parent
    base = package[:len(package) - dots] if len(package) >= dots else []
    rest = name.lstrip(".")
    return ".".join([*base, rest] if rest else base)


def imported_modules(facts: FileFacts, project: ProjectFacts, depth: int = 3) -> list[FileFacts]:
    """Project modules this file imports, directly or through up to `depth` levels of imports."""
    key = ("imported-modules", facts.path, depth)
    if key in project.memo:
        return project.memo[key]
    index = module_index(project)
    seen: dict[str, FileFacts] = {}
    frontier = [facts]
    for _ in range(depth):
        nxt = []
        for current in frontier:
            for imp in current.imports:
                base = _module_of(imp.module, current)
                candidates = [base, *(f"{base}.{n}" if base else n for n in imp.names if n != "*")]
                for name in [*candidates, *_dynamically_imported(current, index)]:
                    for other in nearest_modules(index.get(name, ()), name, current, project):
                        if other is facts or other.module in seen:
                            continue
                        seen[other.module] = other
                        nxt.append(other)
        frontier = nxt
    project.memo[key] = list(seen.values())
    return project.memo[key]


# `importlib.import_module("loaders.{}".format(name))`, `import_module(f"loaders.{name}")`, `__import__("loaders." + name)`:
# the literal package before the part filled in at run time
_DYNAMIC_IMPORT = re.compile(r"""^[fFrRbBuU]*['"]([A-Za-z_][\w.]*)\.(?:\{|['"]\s*(?:\+|\.format|%))""")


def _dynamically_imported(facts: FileFacts, index: dict) -> list[str]:
    """Modules a file may import by a name built at run time (`importlib.import_module("loaders.{}".format(args.data))`):
    every module of the package the name starts with, as an option chooses one of them."""
    packages = {m[1] for call in facts.calls if call.qualname.rpartition(".")[2] in ("import_module", "__import__")
                and call.args and (m := _DYNAMIC_IMPORT.match(call.args[0].text))}
    return [name for package in packages for name in index if name.startswith(package + ".")]
