"""Seed hygiene, off by default: unseeded splits (SA191), estimators (SA192) and generator objects (SA193).

Each one falls back on a source of randomness that no seed pins: a data split or estimator with no
`random_state` reads numpy's global RNG (or torch's, for `random_split`), which is fine only when that
global RNG was seeded first; a generator object created with no seed draws fresh OS entropy.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..estimators import SHUFFLING_SPLITTERS, draws
from ..facts import Call, FileFacts
from ..grid_seeds import grid_seeded
from ..seeded import coverage, seed_events
from ..sinks import unset
from ..variation import spread_parameters
from . import Hit, check

_OPTIONAL_SHUFFLE = {"KFold", "StratifiedKFold", "GroupKFold", "StratifiedGroupKFold"}
_HAND_SHUFFLES = {"random.shuffle": "random", "random.sample": "random", "numpy.random.shuffle": "numpy",
                  "numpy.random.permutation": "numpy"}
_TRAIN = re.compile(r"train", re.IGNORECASE)
_HELD_OUT = re.compile(r"val|test|dev|holdout|eval", re.IGNORECASE)
_WORKER_SIDE = re.compile(r"(^|\.)(__getitem__|__iter__|__call__|forward)$")
_EPOCH_LOOP = re.compile(r"epoch|step|batch|iter", re.IGNORECASE)


def _sklearn(call: Call, facts: FileFacts) -> str | None:
    """The scikit-learn name a call resolves to through the imports; a bare name that nothing in the file binds is
    read as written (a script fragment or exported cell run in a session that imported it)."""
    if call.qualname.startswith("sklearn."):
        return call.qualname.rpartition(".")[2]
    return call.qualname if _unbound(call.qualname, facts) else None


def _unbound(name: str, facts: FileFacts) -> bool:
    """A bare name that no import, definition or star import of the file (other than scikit-learn's) binds."""
    return "." not in name and name not in facts.aliases \
        and all(f.name != name for f in facts.functions) and all(c.name != name for c in facts.classes) \
        and not any("*" in i.names and not i.module.startswith("sklearn") for i in facts.imports)


def _covered(facts: FileFacts, project, call: Call, family: str) -> bool:
    """Is the global RNG this call falls back on seeded first (here, or by a project module importing this one)?"""
    return coverage(facts, project).before(family, call.line, call.ctx.func) or family in _importer_families(facts, project)


def _importer_families(facts: FileFacts, project) -> frozenset[str]:
    """Families seeded by the project modules that import this file directly (asked per split: kept per pass)."""
    return project.per_file("importer-families", facts, _seeded_by_importers)


def _seeded_by_importers(facts: FileFacts, project) -> frozenset[str]:
    return frozenset(family for other in project.importers_of(facts)
                     for event in seed_events(other, project) for family in event.families)


def _names_by_scope(facts: FileFacts, project) -> dict[str, set[str]]:
    """Function → the names its assignments bind and its calls read or bind (one pass for every shuffle)."""
    out: dict[str, set[str]] = {}
    for assign in facts.assigns:
        names = out.setdefault(assign.ctx.func, set())
        for target in assign.targets:
            names.update(target.names)
    for call in facts.calls:
        names = out.setdefault(call.ctx.func, set())
        names.update(call.targets)
        names.update(n for a in (*call.args, *call.kwargs.values()) for n in a.names)
    return out


def _hand_rolled_split(facts: FileFacts, project, call: Call) -> bool:
    """A shuffle whose result is cut into a training part and a held-out part in the same scope."""
    if _WORKER_SIDE.search(call.ctx.func) or any(
            any(_EPOCH_LOOP.search(t) for t in facts.loop(i).targets) for i in call.ctx.loops):
        return False
    if call.qualname == "numpy.random.permutation" and not call.targets:
        return False
    if call.qualname != "numpy.random.permutation" and not (call.args and call.args[0].kind in ("name", "attr")):
        return False
    names = project.per_file("names-by-scope", facts, _names_by_scope).get(call.ctx.func, set())
    return any(_TRAIN.search(n) for n in names) and any(_HELD_OUT.search(n) for n in names)


def _split(call: Call, facts: FileFacts, project) -> tuple[str, str] | None:
    """(family it falls back on, what to pass) for an unseeded split; None for a seeded or fixed one."""
    name = _sklearn(call, facts)
    if name in SHUFFLING_SPLITTERS or name in _OPTIONAL_SHUFFLE:
        if name in _OPTIONAL_SHUFFLE:
            shuffle = call.kwargs.get("shuffle")
            if shuffle is None or shuffle.value is not True:
                return None
        if name == "train_test_split":
            shuffle = call.kwargs.get("shuffle")
            if shuffle is not None and shuffle.value is False:
                return None
        return ("numpy", "random_state=") if unset(call, "random_state") else None
    if call.qualname == "torch.utils.data.random_split":
        return ("torch", "generator=") if unset(call, "generator", 2) else None
    if call.qualname in _HAND_SHUFFLES and _hand_rolled_split(facts, project, call):
        return _HAND_SHUFFLES[call.qualname], "a seeded generator"
    if _frame_sample_split(call, facts):
        return ("numpy", "random_state=") if unset(call, "random_state") else None
    return None


def _frame_sample_split(call: Call, facts: FileFacts) -> bool:
    """A table sampled into one part of a split: bound to a training or held-out name (`train =
    frame.sample(frac=0.8)`), or the rest of the table dropped by its index (`frame.drop(part.index)`). Without
    `random_state` pandas draws the rows from numpy's global RNG."""
    if not call.qualname.endswith(".sample") or not {"frac", "n"} & set(call.kwargs) or not call.targets:
        return False
    rest = f"{call.qualname.removesuffix('.sample')}.drop"
    return any(_TRAIN.search(t) or _HELD_OUT.search(t) for t in call.targets) or any(
        c.qualname == rest and any(a.text == f"{t}.index" for a in (*c.args, *c.kwargs.values()) for t in call.targets)
        for c in facts.calls)


@check("SA191")
def unseeded_split(facts, project, config) -> Iterator[Hit]:
    for call in facts.calls:
        found = _split(call, facts, project)
        if found is None or _covered(facts, project, call, found[0]):
            continue
        family, remedy = found
        rng = {"numpy": "numpy's global RNG", "torch": "the torch generator", "random": "Python's `random`"}[family]
        yield Hit(call.line, f"`{call.qualname.rpartition('.')[2]}` splits the data with {rng}, which is never seeded "
                             f"before it: the split changes on every run (pass {remedy})",
                  col=call.col, end_line=call.end_line)


def _random_estimator(call: Call, facts: FileFacts) -> bool:
    return _sklearn(call, facts) is not None and draws(call)


@check("SA192")
def unseeded_estimator(facts, project, config) -> Iterator[Hit]:
    for call in facts.calls:
        if _random_estimator(call, facts) and unset(call, "random_state") and not _covered(facts, project, call, "numpy") \
                and not _configured_by_callee(call, facts, project) and not _seeded_by_grid(call, facts, project):
            yield Hit(call.line, f"`{call.qualname.rpartition('.')[2]}` has randomness but no `random_state`, and "
                                 "numpy's global RNG is not seeded before it: each fit gives a different model",
                      col=call.col, end_line=call.end_line)


def _seeded_by_grid(call: Call, facts: FileFacts, project) -> bool:
    """A search's grid sets the estimator's `random_state` (`GridSearchCV(Forest(), {"random_state": [0]})`)."""
    return id(call) in project.per_file("grid-seeded", facts, grid_seeded)


def _configured_by_callee(call: Call, facts: FileFacts, project) -> bool:
    """Is the estimator built as an argument of a call to a project function that spreads a settings parameter into
    keywords (`fit_logged(Forest(), settings)` where `def fit_logged(model, params): model.set_params(**params)`)?
    Its `random_state` may come from that dict."""
    spread = spread_parameters(project)
    return any(outer.qualname.rsplit(".", 1)[-1] in spread and outer.line <= call.line <= outer.end_line
               and any(a.kind == "call" and a.qualname == call.qualname for a in outer.args)
               for outer in facts.calls if outer is not call)


def _seeded_later(facts: FileFacts, project, call: Call) -> bool:
    lines, callees = project.per_file("seeding-lines-and-callees", facts, _seeding_lines_and_callees)
    if call.line in lines:
        return True  # torch.Generator().manual_seed(0)
    return any(f"{t}.manual_seed" in callees or f"{t}.seed" in callees for t in call.targets)


def _seeding_lines_and_callees(facts: FileFacts, project) -> tuple[set[int], set[str]]:
    """Lines with a `.manual_seed`/`.seed` call, and every callee (one pass for every generator)."""
    return {c.line for c in facts.calls if c.qualname.endswith(("manual_seed", ".seed"))}, {c.qualname for c in facts.calls}


@check("SA193")
def unseeded_generator(facts, project, config) -> Iterator[Hit]:
    for call in facts.calls:
        if call.qualname in ("numpy.random.default_rng", "numpy.random.RandomState"):
            arg = call.arg(0, "seed")
            if not call.star and (arg is None or arg.kind == "none"):
                yield Hit(call.line, f"`{call.qualname.rpartition('.')[2]}()` without a seed takes fresh entropy from "
                                     "the OS: its stream differs on every run and no project seed reaches it",
                          col=call.col, end_line=call.end_line)
        elif call.qualname == "torch.Generator" and not _seeded_later(facts, project, call):
            yield Hit(call.line, "`torch.Generator()` is never seeded: it always starts from torch's built-in default "
                                 "seed, whatever seed the run is given, so changing the seed does not change this stream",
                      col=call.col, end_line=call.end_line)
