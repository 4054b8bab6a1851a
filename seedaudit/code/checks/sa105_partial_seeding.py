"""SA105: the program seeds some of the RNGs it draws from, but not all of them (or seeds one too late).

Families: Python `random`, numpy's global RNG, the torch CPU generator (`torch.manual_seed` also seeds
CUDA; seeding only CUDA leaves the CPU generator open), TensorFlow, and gym/gymnasium environments and
action spaces, which keep generators of their own, and Stable-Baselines3 agents built without `seed=`
(torch). A file that seeds nothing at all draws fresh randomness on every run by design and is left
alone, unless the project modules it runs seed some RNGs and no file of the project seeds the one it
draws from: one program seeded across modules. Environments are followed across files too: one this
file only receives may be seeded where it is made; one made here and handed to project code is
unseeded when nothing in the project seeds an environment.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ..callers import calls_by_name, never_passed
from ..facts import Assign, Call, FileFacts
from ..seeded import (SeedCoverage, SeedEvent, import_time_families, in_data_class, is_fixed_seed, project_families,
                      seed_argument, seed_events, seeded_families)
from ..project import imported_modules
from ..draw_use import probe_input, thrown_away, unread_from
from ..sinks import (ENV_NAME, GYM_MAKERS, GYM_MODULES, SEEDERS, draw_family, env_receiver, layer_family, seeder,
                     drawn_family, dropout_layer, library_agent)
from ..reach import dormant, reaches, values_read
from ..training import model_classes, takes_training_step
from ..variation import calls_by_function
from . import Hit, check

_LABEL = {"random": "Python's `random`", "numpy": "numpy's global RNG", "torch": "the torch CPU generator",
          "tensorflow": "TensorFlow's global RNG"}
# methods that run inside DataLoader workers, where torch reseeds random/torch (and numpy since 1.9) itself
_WORKER_SIDE = re.compile(r"(^|\.)(__getitem__|__iter__|__call__|worker_init\w*|forward)$")


# the `string` module's alphabets: characters drawn from one make a run's id or tag
_ALPHABET = re.compile(r"\bstring\.(?:ascii_letters|ascii_lowercase|ascii_uppercase|digits|hexdigits|octdigits|"
                       r"printable|punctuation)\b")


@dataclass(frozen=True, slots=True)
class Draw:
    family: str
    call: Call


def _draws(facts: FileFacts, project) -> Iterator[Draw]:
    loaded = _loaded_modules(facts)
    lines = project.lines_of(facts.path)
    classes, top = model_classes(project), [c for c in facts.calls if not c.ctx.func]
    models = {t for c in top if c.qualname.rpartition(".")[2] in classes for t in c.targets}
    for call in facts.calls:
        family = drawn_family(call)  # `PPO(policy, env)`: initial weights and sampled actions from the torch generator
        if layer_family(call.qualname) and not draw_family(call.qualname) and _built_into(call, facts, loaded):
            continue  # a layer's initial weights, replaced by a checkpoint's (`net.load_state_dict(...)`) before use
        if family is None and call.qualname == "torch.utils.data.DataLoader":
            shuffle = call.kwargs.get("shuffle")
            if shuffle is not None and shuffle.value is True and "generator" not in call.kwargs:
                family = "torch"
        if family == "torch" and "generator" in call.kwargs:
            continue  # `torch.randperm(n, generator=g)`: drawn from the generator it is given, not the global one
        if family is not None and not _one_outcome(call) and not _names_the_run(call) \
                and not _picks_a_port(facts, call, project) \
                and not _made_text(facts, call, project) and not thrown_away(call, facts, project, lines) \
                and not probe_input(call, facts, models, top):
            yield Draw(family, call)


# draws that return their one bound when both bounds are equal (numpy's `randint(a, a)` raises instead)
_CLOSED_RANGE_DRAWS = {"random.randint", "random.uniform", "numpy.random.uniform"}


def _one_outcome(call: Call) -> bool:
    """A draw between two equal bounds (`random.randint(0, 0)`, `np.random.uniform(1.0, 1.0)`): it returns that one
    value whatever the generator's state."""
    bounds = call.args[:2]
    return call.qualname in _CLOSED_RANGE_DRAWS and len(bounds) == 2 and \
        all(a.kind in ("int", "float") for a in bounds) and bounds[0].value == bounds[1].value


def _loaded_modules(facts: FileFacts) -> set[tuple[str, str]]:
    """(function, name) of the modules a checkpoint's weights are loaded into (`router.load_state_dict(...)`)."""
    return {(call.ctx.func, call.qualname.rpartition(".")[0]) for call in facts.calls
            if call.qualname.endswith(".load_state_dict") and call.qualname.count(".") == 1}


def _built_into(layer: Call, facts: FileFacts, loaded: set[tuple[str, str]]) -> bool:
    """The layer is built as (part of) a module assigned to a name or to a part of one (`router = nn.Sequential(
    nn.Linear(20, 64), ...)`, `model.head = nn.Linear(...)`) that the same function then loads a checkpoint into: its
    random initial weights never reach a run."""
    return bool(loaded) and any(
        call.line <= layer.line <= call.end_line and (call.ctx.func, target.split(".")[0]) in loaded
        for call in facts.calls if call.targets and call.ctx.func == layer.ctx.func for target in call.targets)


def _names_the_run(call: Call) -> bool:
    """A draw of characters from an alphabet (`"".join(random.choice(string.ascii_letters) for _ in range(8))`)
    makes a name for the run, an id or a tag: nothing the experiment computes comes from it, so it needs no seed
    and a seed set after it loses nothing."""
    return any(_ALPHABET.search(arg.text) for arg in (*call.args, *call.kwargs.values()))


def _made_text(facts: FileFacts, call: Call, project) -> bool:
    """A draw turned straight into text (`run_tag = str(random.randint(0, 10**9))`, `str(random())`), or bound to a
    name that is only ever read inside a conversion to text (`rn = random.randint(0, 10000)`, then
    `word = str(WORDS[rn])` to name the run): a label for the run's files or logs, not a number the experiment
    computes with, so it needs no seed either."""
    spans = project.per_file("sa105-text-of-calls", facts, _text_of_calls).get(call.qualname, ())
    return any(line <= call.line <= end for line, end in spans) or _read_only_as_text(facts, call, project)


def _read_only_as_text(facts: FileFacts, call: Call, project) -> bool:
    """Every name the draw is bound to is read, and read only inside `str(...)` or an f-string's braces."""
    names = [t for t in call.targets if t.isidentifier()]
    reads = project.per_file("sa105-name-reads", facts, _name_reads)
    found = [(line, text) for name in names for line, text in reads.get(name, ()) if line != call.line]
    return bool(found) and all(text for _, text in found)


def _name_reads(facts: FileFacts, _project) -> dict[str, list[tuple[int, bool]]]:
    """Name → (line, read as text) for each place the file reads it: an argument of a call (text when the call is
    `str`), an assigned value (text when it is a `str(...)` or an f-string), a loop header, a returned value or a
    branch's test (never text). Built once per file: every draw bound to a name asks it."""
    out: dict[str, list[tuple[int, bool]]] = {}

    def add(expr, line: int, text: bool) -> None:
        for name in set(expr.names):
            out.setdefault(name, []).append((line, text))

    for c in facts.calls:
        for arg in (*c.args, *c.kwargs.values()):
            add(arg, c.line, c.qualname == "str")
    for a in facts.assigns:
        add(a.value, a.line, a.value.text.startswith(("str(", 'f"', "f'")))
    for loop in facts.loops:
        if loop.iter is not None:
            add(loop.iter, loop.line, False)
    for _, value, line in facts.returns:
        add(value, line, False)
    for branch in facts.branches:
        add(branch.test, branch.line, False)
    return out


def _text_of_calls(facts: FileFacts, _project) -> dict[str, list[tuple[int, int]]]:
    """The spans of `str(f(...))` calls, by the qualname of the call they turn into text."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for c in facts.calls:
        if c.qualname == "str" and len(c.args) == 1 and not c.kwargs and c.args[0].kind == "call":
            spans.setdefault(c.args[0].qualname, []).append((c.line, c.end_line))
    return spans


def _picks_a_port(facts: FileFacts, call: Call, project) -> bool:
    """A draw whose value is a network port (`port = random.randint(20000, 40000)`, the rendezvous port of a
    distributed launch set in the environment from one): it only keeps concurrent jobs from colliding, nothing the
    experiment computes comes from it."""
    by_line = project.per_file("sa105-targets-by-line", facts, _targets_by_line)
    return any(_PORT.search(name) for name in (*call.targets, *by_line.get(call.line, ())))


def _targets_by_line(facts: FileFacts, _project) -> dict[int, list[str]]:
    """The text of every assignment target, by the assignment's line."""
    out: dict[int, list[str]] = {}
    for a in facts.assigns:
        out.setdefault(a.line, []).extend(t.text for t in a.targets)
    return out


_PORT = re.compile(r"(?:^|[^a-z])port(?:s|_?num(?:ber)?)?(?:$|[^a-z])", re.IGNORECASE)
# a function named for drawing a figure: `plot_losses`, `visualize_rn_effect`, `draw_graph`, `show_samples`, `tsne_fig`
_FIGURE = re.compile(r"(?<![a-z])(?:plot|vis|visuali[sz]|draw|show|render|fig|figure|tsne|umap)", re.IGNORECASE)


def _for_a_figure(facts: FileFacts, call: Call) -> bool:
    """A draw in a function named for drawing a figure, in a file that takes no training step (`visualize_shift()`
    shuffles which 100 of the points it connects by lines, to keep the plot readable): it picks what a figure
    shows, not a number a run reports."""
    return bool(call.ctx.func) and bool(_FIGURE.search(call.ctx.func.rsplit(".", 1)[-1])) \
        and not any(takes_training_step(c) for c in facts.calls)


# a process pool's or an executor's ways of running jobs (`pool.map(run, jobs)`, `executor.submit(run, job)`)
_JOB_RUNS = {"map", "imap", "imap_unordered", "starmap", "map_async", "starmap_async", "submit", "apply_async"}
_JOB_RUNNERS = re.compile(r"pool|executor", re.IGNORECASE)


def _orders_pool_jobs(facts: FileFacts, call: Call) -> bool:
    """An in-place shuffle of a list that the same function then only hands to a process pool or an executor
    (`random.shuffle(jobs)`, then `pool.map(run_one, jobs)`): it decides in which order the jobs start, each job
    seeding its own run, not a number any run computes."""
    if call.qualname.rpartition(".")[2] != "shuffle" or len(call.args) != 1 or call.args[0].kind != "name":
        return False
    jobs = call.args[0].text
    reads = [c for c in facts.calls if c.ctx.func == call.ctx.func and c.line > call.line
             and jobs in {n for a in (*c.args, *c.kwargs.values()) for n in a.names}]
    return bool(reads) and all(c.qualname.rpartition(".")[2] in _JOB_RUNS
                               and _JOB_RUNNERS.search(c.qualname.rpartition(".")[0]) for c in reads)


def _naming(names) -> re.Pattern:
    """A pattern for any of these variable names written whole (not as an attribute: `cfg.loader` is not `loader`)."""
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in names if n) + r")(?![\w])")


def _loader_uses(facts: FileFacts, call: Call) -> list[tuple[int, str]] | None:
    """(line, function) of each place a shuffling DataLoader's name is iterated or handed on; None when the call is
    no DataLoader bound to a name. Building one draws nothing: its order and its workers' base seed are drawn each
    time it is iterated."""
    if call.qualname != "torch.utils.data.DataLoader" or not call.targets:
        return None
    named = _naming(call.targets)
    uses = [(loop.line, loop.ctx.func) for loop in facts.loops if loop.iter is not None and named.search(loop.iter.text)]
    uses += [(other.line, other.ctx.func) for other in facts.calls if other is not call
             and any(named.search(arg.text) for arg in (*other.args, *other.kwargs.values()))]
    return uses


def _drawn_when_iterated(facts: FileFacts, call: Call, seeding: int) -> bool:
    """A shuffling DataLoader built before the seeding and not used until after it: that seeding fixes its draws."""
    uses = _loader_uses(facts, call)
    return uses is not None and not any(call.line < line < seeding for line, _ in uses)


def _iterated_in_functions(facts: FileFacts, call: Call) -> bool:
    """A shuffling DataLoader built at module level and used only inside functions (the training loop `main()` runs):
    the functions that iterate it run once the program's function seeded torch."""
    uses = _loader_uses(facts, call) if not call.ctx.func else None
    return bool(uses) and all(func for _, func in uses)


def _seed_named_lines(facts: FileFacts) -> set[int]:
    """Lines assigning to a seed's name (`seeds = list(np.random.choice(10000, 1))`, `cfg.seed = ...`)."""
    return {a.line for a in facts.assigns if any("seed" in t.text.rpartition(".")[2].lower() for t in a.targets)}


def _picks_the_seed(call: Call, events: list[SeedEvent], seed_lines: set[int]) -> bool:
    """The draw's value is a seed: kept under a seed's name, or what a later seeding call seeds with (a seed
    chosen at random, then logged)."""
    if call.line in seed_lines:
        return True
    names = [t for t in call.targets if t]
    if not names:
        return False
    pattern = _naming(names)
    return any(e.line >= call.line and any(pattern.search(a.text) for a in (*e.call.args, *e.call.kwargs.values()))
               for e in events)


def _label(families) -> str:
    names = sorted(f for f in families if f in _LABEL)
    return ", ".join(f"`{n}`" if n != "numpy" else "numpy" for n in names) or "CUDA"


def _label_verb(families) -> str:
    """`numpy is`, `` `random`, `torch` are``: the families a finding names as seeded, with their verb."""
    return f"{_label(families)} {'are' if len([f for f in families if f in _LABEL]) > 1 else 'is'}"


def _first_seed(events: list[SeedEvent]) -> SeedEvent:
    return min(events, key=lambda e: e.line)


def _anchored(facts: FileFacts, events: list[SeedEvent], made: Assign | None, draw: Call, message: str,
              related: list[tuple[str, int, str]]) -> Hit:
    """An object that keeps a generator of its own is reported where the missing seed belongs: where it is
    made (else where it is used) when that is in the scope that seeds the other RNGs, else at that seeding."""
    line, col, func = (made.line, made.col, made.ctx.func) if made else (draw.line, draw.col, draw.ctx.func)
    seeding = _first_seed(events) if events else None
    if seeding is None or seeding.func == func:
        return Hit(line, message, col=col, related=[r for r in related if (r[0], r[1]) != (facts.path, line)])
    return Hit(seeding.line, f"{message} (made on line {line}, apart from this seeding)", col=seeding.call.col,
               end_line=seeding.call.end_line, related=[(facts.path, line, "made here"), *related])


def _library_hits(facts: FileFacts, project, events: list[SeedEvent], seeded: frozenset[str],
                  by_importers: frozenset[str] = frozenset()) -> Iterator[Hit]:
    reported: set[str] = set()
    anchor = _first_seed(events) if events else None
    related = [(facts.path, anchor.line, f"seeding: {anchor.call.qualname}")] if anchor else []
    seeding_scopes = {e.func for e in events}
    covered = SeedCoverage(events)
    seed_lines = _seed_named_lines(facts)
    # where a family is never seeded, report the draw next to the seeding code (main) before one in a class body
    for draw in sorted(_draws(facts, project), key=lambda d: (d.call.ctx.func not in seeding_scopes, d.call.line)):
        family, call = draw.family, draw.call
        if family in reported or family not in _LABEL or dormant(call.ctx.func, project, facts) or _placeholder(call, facts, project) \
                or _for_a_figure(facts, call) or _orders_pool_jobs(facts, call):
            continue
        if _WORKER_SIDE.search(call.ctx.func) and "torch" in seeded:
            continue  # DataLoader workers get random/torch/numpy reseeded from the (seeded) torch generator
        if family in seeded and not any(family in e.families for e in events):
            continue  # seeded at import time by a project module this file imports
        if family in by_importers and call.ctx.func or _seeded_by_its_callers(facts, project, call, family) \
                or _layer_of_a_loaded_class(call, facts, project):
            continue  # drawn when called, in a module the project's programs run after seeding that family themselves
        if covered.before(family, call.line, call.ctx.func) or _data_set_seeds_itself(facts, project, call, family):
            continue
        if _picks_the_seed(call, events, seed_lines):
            continue  # `seed = random.randint(...)` then `random.seed(seed)`: the draw chooses the seed itself
        if any(family in e.families and e.func for e in events) and _iterated_in_functions(facts, call):
            continue  # a loader built at module level draws when the functions run, after `main()` seeded
        # a draw before this scope's first seeding, whose value is no longer read once it runs: drawn in the part of
        # the program that runs unseeded by design (a scratch cell above a later cell's seeded experiment)
        after = [e.line for e in events if e.func == call.ctx.func and e.line > call.line]
        if after and unread_from(facts, project, call, min(after)):
            continue
        late = [e for e in events if family in e.families and e.func == call.ctx.func and e.line > call.line]
        if late and unread_from(facts, project, call, min(e.line for e in late)):
            continue
        reported.add(family)
        if late:
            first = min(late, key=lambda e: e.line)
            if _drawn_when_iterated(facts, call, first.line):
                continue
            yield Hit(first.line, f"{_LABEL[family]} is seeded here, after `{call.qualname}` (line {call.line}) has "
                                  "already drawn from it: that draw is not fixed by the seed",
                      col=first.call.col, end_line=first.call.end_line,
                      related=[(facts.path, call.line, f"draw: {call.qualname}")])
            continue
        only_cuda = family == "torch" and "cuda" in seeded and "torch" not in seeded
        elsewhere = next((e for e in events if family in e.families), None)
        why = ("only the CUDA generator is seeded (`torch.cuda.manual_seed*`), not the CPU one" if only_cuda else
               f"it is seeded only at line {elsewhere.line}{f' (in `{elsewhere.func}`)' if elsewhere.func else ''}, "
               "which does not run before this draw" if elsewhere is not None else
               f"it is never seeded, while {_label_verb(seeded - {family})}")
        if library_agent(call.qualname):
            yield _anchored(facts, events, None, call,
                            f"`{call.qualname}` is built without `seed=`: its initial weights and the actions it "
                            f"samples come from {_LABEL[family]}, but {why}: runs with the same seed differ", [])
            continue
        yield Hit(call.line, f"`{call.qualname}` draws from {_LABEL[family]}, but {why}: runs with the same seed differ",
                  col=call.col, end_line=call.end_line, related=related)


def _seeded_by_its_callers(facts: FileFacts, project, call: Call, family: str) -> bool:
    """Every seeding program that reaches the function drawing (by name, see reach.reaches) seeds this family itself:
    a data module's loader built in `get_loaders()`, which only the training script calls, after `torch.manual_seed`,
    draws from a seeded generator, whatever the evaluation scripts that import the module for other functions seed."""
    if not call.ctx.func:
        return False
    callers = [families for program, families in _seeding_programs(facts, project)
               if reaches(program, call.ctx.func, facts, project)]
    return bool(callers) and all(family in families for families in callers)


def _importers_seed(facts: FileFacts, project) -> frozenset[str]:
    """Families that every project file importing this one seeds (in its own code or at import time): a module
    of the project, a trainer class, that the entry points run after seeding numpy themselves draws from a
    seeded numpy, whatever the module seeds on its own. Empty when no project file imports it."""
    importers = project.importers_of(facts)
    direct = frozenset.intersection(*(seeded_families(other, project) for other in importers)) if importers else frozenset()
    return direct | _programs_seed(facts, project)


_PROGRAM_REACH = 6  # import levels followed from a program to the modules it runs


def _programs_seed(facts: FileFacts, project) -> frozenset[str]:
    """Families that every program of the project reaching this module through its imports (up to _PROGRAM_REACH
    levels: `main.py` → `datasets/__init__.py` → `datasets/seq_cifar.py` → this module) seeds, counting only programs
    that seed something (one that seeds nothing draws fresh by design). A program is a file with a main guard or one a
    launch line runs, or a script no project module imports that seeds at its top level. A module several levels below the entry point (a data-stream class whose `shuffle(order)` runs
    after `main()` called the project's seeding helper) draws from what that program seeded. Empty when no seeding
    program reaches it."""
    reached = _seeding_programs(facts, project)
    return frozenset.intersection(*(families for _, families in reached)) if reached else frozenset()


def _seeding_programs(facts: FileFacts, project) -> list[tuple[FileFacts, frozenset[str]]]:
    """The programs that seed something and reach this module through their imports (see _programs_seed), each
    with the families it seeds; the index is built once per pass."""
    if "sa105-programs" not in project.memo:
        index: dict[str, list[tuple[FileFacts, frozenset[str]]]] = {}
        for other in project.python_files():
            if not (other.has_main_guard or other.path in project.runs or _seeding_script(other, project)):
                continue
            families = seeded_families(other, project)
            if families:
                for module in imported_modules(other, project, depth=_PROGRAM_REACH):
                    index.setdefault(module.path, []).append((other, families))
        project.memo["sa105-programs"] = index
    return project.memo["sa105-programs"].get(facts.path, [])


def _imported_seeding(facts: FileFacts, project) -> dict[str, tuple[str, SeedEvent]]:
    """Family → the first seeding of it that this file runs in the project modules it imports: in a function or
    class it calls (an agent whose constructor calls `torch.manual_seed(config["seed"])`). A helper it imports
    and never calls seeds nothing for it, nor does one that puts the state back (see _restored); import-time seeding
    is already among the file's own families."""
    called = {call.qualname.rpartition(".")[2] for call in facts.calls}
    out: dict[str, tuple[str, SeedEvent]] = {}
    for other in imported_modules(facts, project):
        for event in seed_events(other, project):
            if event.func and event.func.split(".")[0] in called and _seeds_the_program(event, other, project):
                for family in event.families:
                    out.setdefault(family, (other.path, event))
    return out


def _seeder_tails() -> dict[str, frozenset[str]]:
    """Library seeders by their last two names: `np.random.seed` still reads as numpy's (and random's) seeder
    where `np` came in through a star import and did not resolve."""
    tails: dict[str, frozenset[str]] = {}
    for name, (families, _, _) in SEEDERS.items():
        tail = ".".join(name.split(".")[-2:])
        tails[tail] = tails.get(tail, frozenset()) | families
    return tails


_SEEDER_TAILS = _seeder_tails()


def _seeded_somewhere(project) -> frozenset[str]:
    """Families some file of the project seeds, by what its calls resolve to or, failing that, by how they are
    spelled: the claim that no file seeds a family must not rest on a name that did not resolve."""
    if "sa105-seeded-somewhere" not in project.memo:
        spelled = {family for other in project.python_files() for call in other.calls if call.qualname not in SEEDERS
                   for family in _SEEDER_TAILS.get(".".join(call.qualname.split(".")[-2:]), ())}
        project.memo["sa105-seeded-somewhere"] = project_families(project) | spelled
    return project.memo["sa105-seeded-somewhere"]


def _cross_module_hits(facts: FileFacts, project) -> Iterator[Hit]:
    """A file that seeds nothing itself but runs project modules that seed some RNGs is one program seeded
    across modules: a draw from a family that no file of the project seeds is left unseeded."""
    seeding = _imported_seeding(facts, project)
    if not seeding:
        return
    reported: set[str] = set()
    related = [(path, event.line, f"seeding: {event.call.qualname}") for path, event in seeding.values()]
    seed_lines = _seed_named_lines(facts)
    for draw in sorted(_draws(facts, project), key=lambda d: d.call.line):
        family, call = draw.family, draw.call
        if family in reported or family not in _LABEL or family in _seeded_somewhere(project) \
                or _WORKER_SIDE.search(call.ctx.func) or _picks_the_seed(call, [], seed_lines):
            continue
        reported.add(family)
        yield Hit(call.line, f"`{call.qualname}` draws from {_LABEL[family]}, which no module of the project seeds, "
                             f"while {_label_verb(seeding)} seeded by the project modules "
                             "this file runs: runs with the same seed differ",
                  col=call.col, end_line=call.end_line, related=sorted(set(related)))


def _seeding_script(facts: FileFacts, project) -> bool:
    """A script without a main guard: it seeds at its top level and no project module imports it."""
    return any(not e.func for e in seed_events(facts, project)) and not project.importers_of(facts)


def _run_by_seeding_programs(facts: FileFacts, project) -> Iterator[Hit]:
    """A module that seeds nothing, run by programs that each seed some RNGs (`np.random.seed(seed)` and
    `torch.manual_seed(seed)` in the training script), draws in a function or method the project calls
    (an agent's `random.randint` exploration) from a family that no module of the project seeds: the programs mean
    their runs to repeat, and this draw differs between runs with the same seed. Reported once per family at the
    module's first such draw, the programs' seedings related: the fix is one more seeding call there. A draw in code no
    such program reaches (a vocoder built only by another entry point, its module imported inside a function) is
    none of their runs'. A data set's
    methods, and a transforms module's functions, draw inside the loader's workers, which torch reseeds per worker
    when the programs seed torch."""
    programs, seeded = _seeding_programs(facts, project), _programs_seed(facts, project)
    if not seeded:
        return
    reported: set[str] = set()
    seed_lines = _seed_named_lines(facts)
    for draw in sorted(_draws(facts, project), key=lambda d: d.call.line):
        family, call = draw.family, draw.call
        if family in reported or family not in _LABEL or family in _seeded_somewhere(project) or not call.ctx.func \
                or dormant(call.ctx.func, project, facts) or not _called_past_own_top_level(call.ctx.func, facts, project) \
                or "torch" in seeded and (_WORKER_SIDE.search(call.ctx.func) or in_data_class(call.ctx.func, facts)
                                          or _serves_workers(facts)) \
                or _placeholder(call, facts, project) or _for_a_figure(facts, call) or _orders_pool_jobs(facts, call) \
                or _picks_the_seed(call, [], seed_lines) or _weights_loaded_by_programs(call, facts, programs, project) \
                or not any(reaches(program, call.ctx.func, facts, project) for program, _ in programs):
            continue
        reported.add(family)
        related = [(program.path, event.line, f"seeding: {event.call.qualname}") for program, _ in programs[:3]
                   for event in seed_events(program, project)[:1]]
        yield Hit(call.line, f"`{call.qualname}` draws from {_LABEL[family]}, which no module of the project seeds, "
                             f"while {_label_verb(seeded)} seeded by the program{'s' if len(programs) > 1 else ''} "
                             f"that run{'' if len(programs) > 1 else 's'} this module "
                             f"({', '.join(p.path for p, _ in programs[:3])}): runs with the same seed differ",
                  col=call.col, end_line=call.end_line, related=related)


def _called_past_own_top_level(func: str, facts: FileFacts, project) -> bool:
    """Some code of the project other than this module's own top level calls the function, or reads it as a value
    to call through (`distribution_fn = draw_ring`, handed to a trainer that calls it per batch): a module that
    seeds nothing, run as a program of its own, draws fresh by design in what its main block calls."""
    own = project.per_file("sa105-top-level-calls", facts, lambda f, _: {id(c) for c in f.calls if not c.ctx.func})
    name = func.rpartition(".")[2]
    return any(id(c) not in own for c in calls_by_name(project).get(name, ())) or \
        any(path != facts.path or home for path, home in values_read(project).get(name, ()))


def _weights_loaded_by_programs(call: Call, facts: FileFacts, programs, project) -> bool:
    """A layer built in a class's methods, where every seeding program that runs the module builds that class itself
    only into a name it then loads a checkpoint into (`model = Tagger(...)`, `model.load_state_dict(...)`: an
    evaluation script): the layer's drawn weights are replaced before any run uses them, and its dropout layers
    draw only in training."""
    owner = call.ctx.func.split(".")[0] if "." in call.ctx.func else ""
    built_layer = (layer_family(call.qualname) and not draw_family(call.qualname)) or dropout_layer(call.qualname)
    if not owner or not built_layer or not any(fn.class_name == owner for fn in facts.functions):
        return False
    if _layer_of_a_loaded_class(call, facts, project):
        return True
    for program, _ in programs:
        built = [c for c in program.calls if c.qualname.rpartition(".")[2] == owner]
        loaded = project.per_file("sa105-loaded-modules", program, lambda f, _: _loaded_modules(f))
        if not built or not all(c.targets and (c.ctx.func, c.targets[0].split(".")[0]) in loaded for c in built):
            return False
    return bool(programs)


def _layer_of_a_loaded_class(call: Call, facts: FileFacts, project) -> bool:
    """A layer (or dropout) built in a method of a class of this file that every place building it loads a
    checkpoint into (see _always_loaded)."""
    owner = call.ctx.func.split(".")[0] if "." in call.ctx.func else ""
    built_layer = (layer_family(call.qualname) and not draw_family(call.qualname)) or dropout_layer(call.qualname)
    if not owner or not built_layer or not any(fn.class_name == owner for fn in facts.functions):
        return False
    key = ("sa105-always-loaded", owner)  # once per class and pass: every layer of the class asks
    if key not in project.memo:
        project.memo[key] = _always_loaded(owner, project, set())
    return project.memo[key]


def _always_loaded(owner: str, project, seen: set[str]) -> bool:
    """Every place in the project that builds the class loads a checkpoint into what it built in the same function
    (`model = ASRCNN(**config)`, then `model.load_state_dict(params)`, in whichever module loads the pretrained
    helper), or builds it inside another class that is always so loaded: no run keeps its drawn weights."""
    if owner in seen:
        return False
    seen.add(owner)
    sites = [(other, c) for other in project.python_files() for c in other.calls if c.qualname.rpartition(".")[2] == owner]
    if not sites:
        return False
    for other, call in sites:
        home = call.ctx.func.split(".")[0] if "." in call.ctx.func else ""
        if home and any(fn.class_name == home for fn in other.functions):
            if not _always_loaded(home, project, seen):
                return False
            continue
        loaded = project.per_file("sa105-loaded-modules", other, lambda f, _: _loaded_modules(f))
        if not call.targets or (call.ctx.func, call.targets[0].split(".")[0]) not in loaded:
            return False
    return True


def _serves_workers(facts: FileFacts) -> bool:
    """The module defines a transform or a data set (a class with `__call__`, `__getitem__` or `__iter__`): its
    functions (`ShearX(img, v)` of a RandAugment pool) run inside the loader's workers."""
    return any(fn.class_name is not None and fn.name in ("__call__", "__getitem__", "__iter__") for fn in facts.functions)


def _agents_beside_seeded_envs(facts: FileFacts, project) -> Iterator[Hit]:
    """A program that seeds its environments (`make_vec_env(ENV, seed=SEED)`, `env.reset(seed=SEED)`) means its runs
    to repeat, but a Stable-Baselines3 agent it builds without `seed=` takes its initial weights and sampled actions
    from the torch generator, which nothing seeds: runs with the same seed differ."""
    if not _env_use(facts).env_seeded:
        return
    for draw in _draws(facts, project):
        if library_agent(draw.call.qualname) and not dormant(draw.call.ctx.func, project, facts):
            call = draw.call
            yield Hit(call.line, f"`{call.qualname}` is built without `seed=`: its initial weights and the actions it "
                                 "samples come from the torch CPU generator, which is never seeded, while the "
                                 "environment is: runs with the same seed differ", col=call.col, end_line=call.end_line)
            return


# -- gym / gymnasium ------------------------------------------------------------------------------------------
def _passes_seed(call: Call) -> bool:
    """`make_env(name, seed)`, `make_vec_envs(args.env, args.seed, ...)`, `make(..., seed=s)`."""
    return any("seed" in arg.text.lower() for arg in (*call.args, *call.kwargs.values())) or any(
        "seed" in key for key in call.kwargs)


def _handed_envs(call: Call) -> list[str]:
    """The environments a call receives as arguments (`train(env, agent)`, `PPO("MlpPolicy", env=train_env)`)."""
    return [arg.text for arg in (*call.args, *call.kwargs.values())
            if arg.kind in ("name", "attr") and ENV_NAME.search(arg.text.rpartition(".")[2])]


def _builds_env(call: Call) -> bool:
    """A gym maker, a factory named for environments, or any call whose value is kept as an environment
    (`envs = envpool.make(...)`): what such a call receives, it builds the environment with."""
    return call.qualname in GYM_MAKERS or "env" in call.qualname.rpartition(".")[2].lower() or any(
        ENV_NAME.search(target.rpartition(".")[2]) for target in call.targets)


@dataclass
class _EnvUse:
    """What code does with gym environments: does it seed one, or an action space; its unseeded resets and
    samples ((env, call) pairs)."""

    gym: bool = False
    env_seeded: bool = False
    space_seeded: bool = False
    resets: list = field(default_factory=list)
    samples: list = field(default_factory=list)
    space_seeds: list = field(default_factory=list)


def _env_use(facts: FileFacts) -> _EnvUse:
    use = _EnvUse(gym=any(target.split(".")[0] in GYM_MODULES for target in facts.aliases.values()))
    for call in facts.calls:
        q = call.qualname
        if env_receiver(q, ".action_space.seed") is not None:
            use.space_seeded = True
            use.space_seeds.append(call)
        elif env_receiver(q, ".seed") or env_receiver(q, ".unwrapped.seed"):
            use.env_seeded = True
        elif (env := env_receiver(q, ".reset")) is not None:
            if _reset_seeded(call):
                use.env_seeded = True
            else:
                use.resets.append((env, call))
        elif (env := env_receiver(q, ".action_space.sample")) is not None:
            use.samples.append((env, call))
        elif _builds_env(call) and _passes_seed(call):
            use.env_seeded = use.space_seeded = True  # built by a factory that receives the seed: trust it
        elif _handed_envs(call) and _passes_seed(call):
            use.env_seeded = True  # handed over with the seed: `PPO("MlpPolicy", env, seed=s)`, `evaluate(env, s)`
    return use


def _file_env_use(facts: FileFacts, project) -> _EnvUse:
    """One file's environment use, read once per pass: the project-wide join reads every file's too."""
    return project.per_file("sa105-file-env-use", facts, lambda f, _: _env_use(f))


def _project_env_use(project) -> _EnvUse:
    """Every file's environment use joined: what the project as a whole seeds, and where it resets an
    environment without a seed ((path, call) pairs), once per pass."""
    if "sa105-env-use" not in project.memo:
        uses = {other.path: _file_env_use(other, project) for other in project.python_files()}
        project.memo["sa105-env-use"] = _EnvUse(
            gym=any(u.gym for u in uses.values()), env_seeded=any(u.env_seeded for u in uses.values()),
            space_seeded=any(u.space_seeded for u in uses.values()),
            resets=[(path, call) for path, u in uses.items() for _, call in u.resets])
    return project.memo["sa105-env-use"]


def _gym_hits(facts: FileFacts, project, events: list[SeedEvent]) -> Iterator[Hit]:
    use, whole = _file_env_use(facts, project), _project_env_use(project)
    if not (use.gym or whole.gym):
        return
    draws = use.resets + use.samples
    if not draws:
        if not use.env_seeded:
            yield from _handed_hits(facts, project, whole, events)
        return
    env, first = min(draws, key=lambda item: item[1].line)
    made = _creation(facts, env, first)
    # an environment made here is judged by this file; one it only receives (a parameter, another module's
    # `env`) may be seeded where it is made, so any seeding in the project counts for it
    # built in branches (a simulated environment or the real robot), by a seeding factory in one: the simulated one is
    # seeded and the real one draws nothing of the program's
    env_seeded = use.env_seeded or (made is None and whole.env_seeded) or any(
        _made_by_seeding_factory(a, facts, project) for a in _creations(facts, env, first))
    space_seeded = use.space_seeded or (made is None and whole.space_seeded)
    if not env_seeded and not space_seeded:
        yield _anchored(facts, events, made, first,
                        f"the environment `{env}` (and its action space) is never seeded: neither `{env}.seed(...)`, "
                        f"`{env}.reset(seed=...)` nor `{env}.action_space.seed(...)` is called, so resets and sampled "
                        "actions differ between runs with the same seed",
                        [(facts.path, first.line, f"first draw: {first.qualname}")])
    elif not space_seeded and use.samples:
        env, draw = min(use.samples, key=lambda item: item[1].line)
        yield Hit(draw.line, f"`{env}.action_space.sample()` draws from the action space's own generator, which is "
                             f"never seeded (`{env}.action_space.seed(seed)` is missing): the sampled actions differ "
                             "between runs with the same seed", col=draw.col, end_line=draw.end_line)
    elif not env_seeded and use.resets and use.space_seeds:
        env, reset = min(use.resets, key=lambda item: item[1].line)
        yield _anchored(facts, events, _creation(facts, env, reset), reset,
                        f"the environment `{env}` is never seeded: its action space is, but every `{env}.reset()` "
                        f"runs without `seed=` (and `{env}.seed(...)` is never called), so its start states differ "
                        "between runs with the same seed", [(facts.path, reset.line, f"first reset: {reset.qualname}")])


def _handed_hits(facts: FileFacts, project, whole: _EnvUse, events: list[SeedEvent]) -> Iterator[Hit]:
    """An environment made here, never seeded here, and handed to project code: when no file of the project
    seeds any environment and one resets an environment without a seed, nothing seeds this one."""
    if whole.env_seeded or not whole.resets:
        return
    made, functions = _made_envs(facts), _project_functions(project)
    for call in facts.calls:
        handed = [arg.text for arg in (*call.args, *call.kwargs.values()) if arg.kind == "name" and arg.text in made]
        if not handed or _builds_env(call) or call.qualname.rpartition(".")[2] not in functions:
            continue  # a wrapper, a library call or print: not the project code that resets it
        env = handed[0]
        if _passes_seed(call) or _seeds_env(facts, env):
            return
        path, reset = whole.resets[0]
        yield _anchored(facts, events, made[env], call,
                        f"the environment `{env}` is never seeded: it is handed to `{call.qualname}` (line "
                        f"{call.line}), and no code of the project calls `.seed(...)` or `.reset(seed=...)` on an "
                        "environment, so its start states differ between runs with the same seed",
                        [(path, reset.line, f"reset without seed: {reset.qualname}")])
        return


def _project_functions(project) -> set[str]:
    """The names of the project's own functions and classes (the code an environment may be handed to: `train(env)`,
    `Agent(env)`), once per pass."""
    if "sa105-functions" not in project.memo:
        project.memo["sa105-functions"] = {fn.name for other in project.python_files() for fn in other.functions} | {
            cls.name for other in project.python_files() for cls in other.classes}
    return project.memo["sa105-functions"]


def _seeding_factories(project) -> set[tuple[str, str]]:
    """(module's last name, function name) of the project's functions that seed an environment in their own body
    (`env.seed(0)`, `env.reset(seed=…)`, or a dm_control task given its generator: `TransferTask(random=0)`,
    `suite.load(domain, task, task_kwargs={"random": seed})`), once per pass: the environments they build and return
    come out seeded."""
    if "sa105-seeding-factories" not in project.memo:
        project.memo["sa105-seeding-factories"] = {
            ((other.module or "").rsplit(".", 1)[-1], call.ctx.func) for other in project.python_files()
            for call in other.calls if call.ctx.func and "." not in call.ctx.func
            and (env_receiver(call.qualname, ".seed") or env_receiver(call.qualname, ".unwrapped.seed")
                 or env_receiver(call.qualname, ".reset") and _reset_seeded(call) or _task_generator_given(call))}
    return project.memo["sa105-seeding-factories"]


_TASK_RANDOM = re.compile(r"""['"]random['"]\s*:\s*(?!None\b)\S""")


def _task_generator_given(call: Call) -> bool:
    """A dm_control task or environment built with its own generator (`random=0`, `random=False`, which numpy reads
    as seed 0, or `task_kwargs={"random": seed}`): its episodes' start states are drawn from that seeded generator."""
    given = call.kwargs.get("random")
    kwargs = call.kwargs.get("task_kwargs")
    return given is not None and given.kind != "none" or kwargs is not None and bool(_TASK_RANDOM.search(kwargs.text))


def _made_by_seeding_factory(made: Assign | None, facts: FileFacts, project) -> bool:
    """The environment is the value of a module-level project function that seeds the environment it builds
    (`env, name = make_track(...)` with `env.seed(0)` inside `make_track`), defined in this file or in the module
    the call names (`tracks.make_track`, or imported from it)."""
    if made is None or made.value.kind != "call" or not made.value.qualname:
        return False
    module, _, name = made.value.qualname.rpartition(".")
    module = module.rsplit(".", 1)[-1] or (facts.module or "").rsplit(".", 1)[-1]
    return (module, name) in _seeding_factories(project)


def _made_envs(facts: FileFacts) -> dict[str, Assign]:
    """The names this file keeps a gym environment under, by the assignment that makes it."""
    made: dict[str, Assign] = {}
    for assign in sorted(facts.assigns, key=lambda a: a.line):
        if assign.value.kind == "call" and _made_by_gym(assign):
            for target in assign.targets:
                if target.kind == "name":
                    made.setdefault(target.text, assign)
    return made


def _seeds_env(facts: FileFacts, env: str) -> bool:
    """Does the file seed the environment kept under `env`, whatever its name (`lander.reset(seed=s)`)?"""
    return any(call.qualname in (f"{env}.seed", f"{env}.unwrapped.seed") or call.qualname == f"{env}.reset"
               and _reset_seeded(call) for call in facts.calls)


def _reset_seeded(call: Call) -> bool:
    """`env.reset(seed=s)`: a reset that seeds the environment (`seed=None` draws fresh entropy)."""
    return (seed := call.kwargs.get("seed")) is not None and seed.kind != "none"


def _made_by_gym(assign: Assign) -> bool:
    """Built by gym itself (`gym.make`, `gymnasium.vector.SyncVectorEnv`, `procgen.ProcgenEnv`): a project's own
    environment class may draw from the global RNGs the program seeds, so it is not taken for unseeded."""
    callee = assign.value.qualname or ""
    return callee in GYM_MAKERS or callee.split(".")[0] in GYM_MODULES and re.search(
        r"Env|make", callee.rpartition(".")[2]) is not None  # not `gym.spaces.Box(...)`


def _creation(facts: FileFacts, env: str, draw: Call) -> Assign | None:
    """Where `env` is built in this file: in the draw's own function, else its first build anywhere (a function
    above the module-level code that makes the environment still resets that one)."""
    made = _creations(facts, env, draw)
    return made[0] if made else None


def _creations(facts: FileFacts, env: str, draw: Call) -> list[Assign]:
    """Every build of `env` in the draw's own function, else every build anywhere in the file, in line order."""
    made = [a for a in sorted(facts.assigns, key=lambda a: a.line) if _from_a_call(a.value) and any(
            env == t.text or env in t.names or env in t.text.replace(" ", "").split(",") for t in a.targets)]
    own = [a for a in made if a.ctx.func == draw.ctx.func]
    return own or made


def _from_a_call(value) -> bool:
    """A call's value, or an attribute of one (`gym.make(name).unwrapped`)."""
    return value.kind in ("call", "other") or value.kind == "attr" and "(" in value.text


# a family's state saved before a seeding and put back after it: (save, restore) callees
_STATE_PAIRS = {"numpy": ("numpy.random.get_state", "numpy.random.set_state"),
                "random": ("random.getstate", "random.setstate"),
                "torch": ("torch.get_rng_state", "torch.set_rng_state")}


def _restored(event: SeedEvent, facts: FileFacts, project) -> bool:
    """A seeding the same scope undoes: the family's state saved before it and put back after it
    (`state = np.random.get_state(); np.random.seed(7); np.random.shuffle(ids); np.random.set_state(state)`)
    draws one fixed split or sample and leaves the run's generator as it was: it seeds nothing for the run.
    A call to a project helper whose own seeding is undone so (a seed-and-restore context manager,
    `with numpy_seed(seed, epoch):`) seeds nothing for the run either: only the block it wraps is fixed."""
    if SEEDERS.get(event.call.qualname) is None:
        helper = _helper_body(event.call, facts, project)
        if helper is None:
            return False
        where, func = helper
        seedings = [c for c in where.calls if c.ctx.func == func and SEEDERS.get(c.qualname) is not None]
        return bool(seedings) and all(_undone(c, SEEDERS[c.qualname][0], where, project) for c in seedings)
    return _undone(event.call, event.families, facts, project)


def _undone(call: Call, families, facts: FileFacts, project) -> bool:
    """A library seeding call between a save and a restore of its one family's state in its own scope."""
    pairs = [pair for family, pair in _STATE_PAIRS.items() if family in families]
    if len(pairs) != 1:
        return False
    save, restore = pairs[0]
    scope = calls_by_function(facts, project).get(call.ctx.func, ())
    return any(c.qualname == save and c.line < call.line for c in scope) and any(
        c.qualname == restore and c.line > call.line for c in scope)


def _helper_body(call: Call, facts: FileFacts, project) -> tuple[FileFacts, str] | None:
    """The file and function of the project seeding helper a call resolves to (as the helper table resolves it)."""
    if "sa105-helper-bodies" not in project.memo:
        project.memo["sa105-helper-bodies"] = {
            f"{other.module}.{fn.qualname}" if other.module else fn.qualname: (other, fn.qualname)
            for other in project.python_files() for fn in other.functions}
    key = project.helper_key(call, facts)
    return project.memo["sa105-helper-bodies"].get(key) if key is not None else None


def _component_reseed(event: SeedEvent, facts: FileFacts, project) -> bool:
    """A seeding in a method of a model class, other than its constructor, from that method's own parameter
    (`np.random.seed(seed)` in an attention layer that draws its sparse pattern anew on each call): it makes the
    component draw the same pattern each time it runs; the program's generators are seeded, or not, by the
    script that builds and trains the model. Likewise any seeding in a method this file never calls (an environment's
    `def seed(self, seed): np.random.seed(seed)`, a `random.seed(42)` that fixes one mask inside an imputer's method):
    it seeds nothing the file's own code runs."""
    method = project.function_named(facts, event.func)
    if method is None or method.name == "__init__" or method.class_name is None:
        return False
    if not _called_here(method.name, facts, project):
        return True  # a method this file never calls: its seeding (from a parameter or a literal) runs elsewhere
    seed = seed_argument(event.call)
    return seed is not None and seed.kind == "name" and seed.text in {p.name for p in method.params} \
        and method.class_name in model_classes(project)


def _data_set_seeds_itself(facts: FileFacts, project, call: Call, family: str) -> bool:
    """A draw in a data set class's method that seeds that generator itself before it (`random.seed(self.seed)`, then
    `random.sample(rows, k)` to down-sample): the data set's own seeding fixes it, though it is not the program's."""
    return in_data_class(call.ctx.func, facts) and any(
        family in e.families and e.func == call.ctx.func and e.line < call.line for e in seed_events(facts, project))


def _seeds_the_program(event: SeedEvent, facts: FileFacts, project) -> bool:
    """A seeding that fixes the program's generators: not a worker's reseed, not one whose state is put back (see
    _restored), not a data set's own, not one from the clock or fresh entropy, not one that never runs (see
    _seed_never_given)."""
    return not _WORKER_SIDE.search(event.func) and not _restored(event, facts, project) \
        and not in_data_class(event.func, facts) and is_fixed_seed(event.call) and not _seed_never_given(event, facts, project)


def _seed_never_given(event: SeedEvent, facts: FileFacts, project) -> bool:
    """A seeding from a parameter that defaults to None and that no call of the project passes (`def __init__(self,
    tasks, random_seed=None): if random_seed is not None: random.seed(random_seed)`, built without it): it never runs,
    and the program's generators stay unseeded by design."""
    seed = seed_argument(event.call)
    function = project.function_named(facts, event.func) if event.func else None
    param = next((p for p in function.params if p.name == seed.text), None) \
        if function is not None and seed is not None and seed.kind == "name" else None
    return param is not None and param.default is not None and param.default.kind == "none" \
        and never_passed(function, param, project)


def _placeholder(draw: Call, facts: FileFacts, project) -> bool:
    """A draw whose value is only handed to a splitter's `split` as its X (`X = np.random.randn(len(y), 1)`, then
    `skf.split(X, y)`): a splitter reads only the number of rows of X, so the drawn values change nothing."""
    if len(draw.targets) != 1:
        return False
    name = draw.targets[0]
    uses = [c for c in calls_by_function(facts, project).get(draw.ctx.func, ()) if c.line > draw.line
            and any(name in a.names for a in (*c.args, *c.kwargs.values()))]
    split_x = re.compile(rf"\.split\(\s*{re.escape(name)}\s*[,)]")

    def only_split(c: Call) -> bool:  # `skf.split(X, y)`, also as an argument: `next(skf.split(X, y))`
        if c.qualname.rsplit(".", 1)[-1] == "split":
            return bool(c.args) and c.args[0].text == name and not any(
                name in a.names for a in (*c.args[1:], *c.kwargs.values()))
        return all(split_x.search(a.text) and a.text.count(name) == 1 for a in (*c.args, *c.kwargs.values())
                   if name in a.names)
    return bool(uses) and all(only_split(c) for c in uses)


def _called_here(name: str, facts: FileFacts, project) -> bool:
    """Some call of this file names the method (`env.seed(0)`, `self.seed(seed)`), a library's seeding function of
    that name (`np.random.seed`) aside."""
    return name in project.per_file("sa105-called-names", facts, lambda f, _: {
        c.qualname.rpartition(".")[2] for c in f.calls if seeder(c.qualname) is None})


@check("SA105")
def partial_seeding(facts, project, config) -> Iterator[Hit]:
    # a per-worker reseed inside a dataset or worker_init_fn is not the program seeding its generators, nor is
    # a seeding whose generator state is put back right after, nor a model component's reseed of its own draws,
    # nor a reseed from the clock or fresh entropy (`random.seed(time.time())` fixes nothing)
    events = [e for e in seed_events(facts, project) if _seeds_the_program(e, facts, project)
              and not _component_reseed(e, facts, project) and not dormant(e.func, project, facts)]
    seeded = frozenset(f for e in events for f in e.families) | import_time_families(facts, project)
    if not seeded:
        # seeds nothing itself: fresh randomness by design, unless the project modules it runs seed some RNGs, or
        # it seeds its environments and leaves the agent that acts in them unseeded
        yield from _cross_module_hits(facts, project)
        yield from _run_by_seeding_programs(facts, project)
        yield from _agents_beside_seeded_envs(facts, project)
        return
    yield from _library_hits(facts, project, events, seeded, _importers_seed(facts, project))
    yield from _gym_hits(facts, project, events)
