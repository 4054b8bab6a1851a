"""When and where a file seeds which RNG family: the timeline that several code rules read.

Partial seeding (SA105), unseeded splits and estimators (SA191/SA192) and the kernel rule (SA107) all
ask the same questions: which families does this file seed (itself, through project helpers, or at
import time through the project modules it imports), and does a seeding call come before a given draw.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .facts import Call, Expr, FileFacts
from .project import ProjectFacts, imported_modules
from .reach import dormant
from .sinks import advances_its_seed, draw_family, layer_family, seed_steps, seeder, unset

_UNFIXED = {"time", "time_ns", "perf_counter", "urandom", "randint", "getrandbits", "random", "uuid4", "now"}


@dataclass(frozen=True, slots=True)
class SeedEvent:
    call: Call
    families: frozenset[str]

    @property
    def line(self) -> int:
        return self.call.line

    @property
    def func(self) -> str:
        return self.call.ctx.func


def seed_events(facts: FileFacts, project: ProjectFacts) -> list[SeedEvent]:
    """Every call in the file that seeds a global RNG family (library seeder or project helper).

    Computed once per file and project pass: several rules ask, some once per draw or split."""
    return project.per_file("seed-events", facts, _seed_events)


def _seed_events(facts: FileFacts, project: ProjectFacts) -> list[SeedEvent]:
    steps = seed_steps(facts)
    optional = optional_seed_helpers(project)
    return [SeedEvent(call, families) for call in facts.calls if (families := project.seeded_families(call, facts))
            and not advances_its_seed(call, steps) and not _leaves_seed_unset(call, optional)]


def optional_seed_helpers(project: ProjectFacts) -> dict[str, tuple[str, int]]:
    """Function name → (parameter, place) for the project's functions whose seeding happens only when a parameter
    defaulting to None is given (`def rand_rotation(deflection=1.0, seed=None): if seed is not None:
    np.random.seed(seed)`), once per pass."""
    if "optional-seed-helpers" not in project.memo:
        out = {}
        for facts in project.python_files():
            seeding_in: dict[str, list[Call]] = {}  # function → its library seeding calls, in one pass over the file
            for c in facts.calls:
                if c.ctx.func and seeder(c.qualname) is not None:
                    seeding_in.setdefault(c.ctx.func, []).append(c)
            for function in facts.functions:
                seeding = seeding_in.get(function.qualname)
                params = [p.name for p in function.params if p.name not in ("self", "cls")]
                for param in function.params:
                    if not seeding or param.default is None or param.default.kind != "none":
                        continue
                    given = re.compile(rf"^\(?\s*{re.escape(param.name)}(?:\s+is\s+not\s+None)?\s*\)?$")
                    if all(any(not b.negated and given.match(b.test.text) for b in map(facts.branch, c.ctx.conds))
                           for c in seeding):
                        out[function.name] = (param.name, params.index(param.name))
        project.memo["optional-seed-helpers"] = out
    return project.memo["optional-seed-helpers"]


def _leaves_seed_unset(call: Call, optional: dict[str, tuple[str, int]]) -> bool:
    """A call of such a helper (see optional_seed_helpers) that does not give it the seed, or gives it None: it
    seeds nothing."""
    found = optional.get(call.qualname.rpartition(".")[2])
    if found is None or seeder(call.qualname) is not None:
        return False
    name, place = found
    given = call.kwargs.get(name) or (call.args[place] if place < len(call.args) and not call.star else None)
    return not call.star and (given is None or given.kind == "none")


def seed_argument(call: Call) -> Expr | None:
    """The seed a seeding call passes: a library seeder's seed argument, else a `seed=` keyword
    (`env.reset(seed=s, options=o)`, `set_seed(seed=s)`), else the first argument a helper receives."""
    known = seeder(call.qualname)
    if known is not None:
        return call.arg(known[1], known[2])
    if "seed" in call.kwargs:
        return call.kwargs["seed"]
    return call.args[0] if call.args else next(iter(call.kwargs.values()), None)


def is_fixed_seed(call: Call) -> bool:
    """A seeding call whose seed is a value a rerun repeats (not None, not the clock, not fresh entropy)."""
    arg = seed_argument(call)
    if arg is None:
        return seeder(call.qualname) is None  # a project helper called without arguments uses its own default
    if arg.kind == "none":
        return False
    return not any(part in _UNFIXED for part in (arg.qualname or "").split(".")) and "time" not in arg.names


# a class that holds a data set: `class Pairs(Dataset)`, `class OE_MNIST(data.Dataset)`, `class ShardData`
_DATA_CLASS = re.compile(r"Data[Ss]et$|Data$")
_DATASETS_MODULE = re.compile(r"(?:^|\.)datasets\.\w+$")  # `torchvision.datasets.CIFAR100`, `datasets.Dataset`


def in_data_class(func: str, facts: FileFacts) -> bool:
    """`func` is a method of a data set class (`np.random.seed(0)` in its `__init__`, then `np.random.choice` of the
    items it keeps): a seeding there fixes which data the set holds, not the program's training draws."""
    return "." in func and _data_class(func.split(".")[0], facts, frozenset())


def _data_class(name: str, facts: FileFacts, seen: frozenset[str]) -> bool:
    """A class of this file named for data (`ToyDataset`), or built on a data set class: one named so, one of a
    data set library's `datasets` module (`class LongTailedCIFAR(datasets.CIFAR100)`, torchvision's or Hugging Face's),
    or another such class of this file."""
    cls = next((c for c in facts.classes if c.name == name), None)
    if cls is None or name in seen:
        return False
    for base in (cls.name, *cls.bases):
        head, _, rest = base.partition(".")
        resolved = ".".join(filter(None, (facts.aliases.get(head, head), rest)))
        if _DATA_CLASS.search(base) or _DATASETS_MODULE.search(resolved) \
                or (base != cls.name and _data_class(base, facts, seen | {name})):
            return True
    return False


def _runs_at_import(call: Call, facts: FileFacts) -> bool:
    """A module-level call that importing the module runs: not one under `if __name__ == "__main__":`."""
    return not call.ctx.func and not any(facts.branch(b).main_guard for b in call.ctx.conds)


def import_time_families(facts: FileFacts, project: ProjectFacts) -> frozenset[str]:
    """Families that project modules imported by this file seed at module level (when they are imported)."""
    out: set[str] = set()
    for other in imported_modules(facts, project):
        for call in other.calls:
            if _runs_at_import(call, other):
                out |= project.seeded_families(call, other) or frozenset()
    return frozenset(out)


def seeded_families(facts: FileFacts, project: ProjectFacts) -> frozenset[str]:
    """Every family this file seeds in code that runs, plus those seeded at import time by what it imports. A seeding
    call in a helper that nothing reaches (`def shuffle_dataset(data, seed): np.random.seed(seed)`, never called: see
    dormant) seeds nothing: such a program seeds nothing and draws fresh by design."""
    out: set[str] = set(import_time_families(facts, project))
    for event in seed_events(facts, project):
        if not dormant(event.func, project, facts):
            out |= event.families
    return frozenset(out)


class SeedCoverage:
    """Is a family seeded on the way to a draw at (`line`, `func`)?

    Seeding in another scope counts (a `main()` seeds, then calls the function that draws), except
    that seeding inside a function does not cover a module-level draw above it; seeding in the same
    scope counts only when it comes first. A call to the very function that draws seeds only after
    that function's own earlier draws, so it never counts.

    Rules ask this for every draw and split of a file: the events are counted once, by family, scope
    and callee name, so that each question costs a few look-ups instead of a scan of every event.
    """

    def __init__(self, events: list[SeedEvent]) -> None:
        self.first: dict[tuple[str, str], int] = {}  # (family, func) → first line seeding it there (not itself)
        self.total: Counter = Counter()  # family → events
        self.in_scope: Counter = Counter()  # (family, func) → events
        self.callees: Counter = Counter()  # (family, callee name) → events
        self.callees_in_scope: Counter = Counter()  # (family, func, callee name) → events
        for event in events:
            callee = event.call.qualname.rpartition(".")[2]
            for family in event.families:
                self.total[family] += 1
                self.in_scope[family, event.func] += 1
                self.callees[family, callee] += 1
                self.callees_in_scope[family, event.func, callee] += 1
                if callee not in event.func.split(".") and event.line < self.first.get((family, event.func), event.line + 1):
                    self.first[family, event.func] = event.line

    def before(self, family: str, line: int, func: str) -> bool:
        if self.first.get((family, func), line + 1) <= line:
            return True
        if not func:
            return False  # a module-level draw: only module-level seeding above it counts
        scopes = set(func.split("."))
        elsewhere = self.total[family] - self.in_scope[family, func] - sum(
            self.callees[family, name] - self.callees_in_scope[family, func, name] for name in scopes)
        return elsewhere > 0


def coverage(facts: FileFacts, project: ProjectFacts) -> SeedCoverage:
    """The SeedCoverage of every seeding call of the file, once per file and project pass."""
    return project.per_file("seed-coverage", facts, lambda f, p: SeedCoverage(seed_events(f, p)))


def project_families(project: ProjectFacts) -> frozenset[str]:
    """Every family some file of the project seeds somewhere (a seed_everything in the entry point), once per pass."""
    if "project-families" not in project.memo:
        project.memo["project-families"] = frozenset(
            family for other in project.python_files() for event in seed_events(other, project) for family in event.families)
    return project.memo["project-families"]


# draws that only put the data in another order: a one-off shuffle of the rows (to keep a subset or split them)
_REORDERS = frozenset({"shuffle", "permutation"})


def data_order_seeding(call: Call, facts: FileFacts, project: ProjectFacts) -> bool:
    """A global seeding of numpy's or Python's generator (`np.random.seed(33)` before `np.random.shuffle(rows)`
    keeps the first 200,000 rows) where that generator, in this file and the project modules it imports, only
    reorders the data once (outside any loop, in no function called in a loop but one over data
    sets), and fits no estimator that draws from it: the seed fixes which data
    is used, like a fixed split; the training draws come from other generators and stay free."""
    from .estimators import draws, is_estimator  # on use: estimators reads variation, which reads this module's peers
    found = seeder(call.qualname)
    if found is None or len(found[0]) != 1 or not found[0] <= {"numpy", "random"}:
        return False
    family, reorders = next(iter(found[0])), 0
    sources = (facts, *imported_modules(facts, project))
    for source in sources:
        for other in source.calls:
            if (draw_family(other.qualname) or layer_family(other.qualname)) != family:
                continue
            if other.qualname.rpartition(".")[2] not in _REORDERS or not _drawn_once(other, sources):
                return False
            reorders += source is facts
        if family == "numpy" and any(is_estimator(c, source) and draws(c) and unset(c, "random_state", None)
                                     for c in source.calls):
            return False
    return reorders > 0


def _drawn_once(call: Call, sources) -> bool:
    """A draw outside any loop, in a function that these files call inside no loop but one over data sets (a
    shuffle in the `train()` an epoch loop calls reorders every epoch: the training's own order, not a fixed
    data order; one in the `build(params)` a loop over corpora calls fixes each corpus's rows once)."""
    if call.ctx.loops:
        return False
    function = call.ctx.func.rpartition(".")[2]
    if not function:
        return True
    for source in sources:
        loops = {loop.id: loop for loop in source.loops}
        for c in source.calls:
            if c.qualname.rpartition(".")[2] == function and any(
                    not _over_data(loops[i]) for i in c.ctx.loops if i in loops):
                return False
    return True


_DATA_LOOP = re.compile(r"data|corpus|corpora|lang|task|domain", re.IGNORECASE)


def _over_data(loop) -> bool:
    """A loop over data sets (`for entry in data_list`, `for lang in languages`), read from its variables and
    what it iterates."""
    return bool(_DATA_LOOP.search(" ".join((*loop.targets, loop.iter.text if loop.iter is not None else ""))))
