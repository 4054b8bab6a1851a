"""SA107: a fixed seed and a reproducibility signal, while `cudnn.benchmark = True` runs and nothing forces
deterministic algorithms: same-seed runs still differ on the GPU."""
from __future__ import annotations

import re
from typing import Iterator

from ..cudnn import decided_by_setting, forces_deterministic_algorithms, sets_cudnn
from ..facts import Assign, FileFacts
from ..project import dotted_suffixes
from ..reach import dormant, runs_code_at_top
from ..seeded import is_fixed_seed, seed_events
from ..training import reaches_no_training_step
from . import Hit, check

_SIGNAL = re.compile(r"reproducib|determinis|replicab", re.IGNORECASE)  # not "reproduces the paper's results"
_DISCLAIMER = re.compile(r"non-?\s*determinis|not\s+(be\s+)?(fully\s+)?(reproduc|determinis)|deterministic\s*=\s*False|"
                         r"irreproduc|unreproduc", re.IGNORECASE)


# "deterministic" as a kind of model (one network, set against an ensemble or a stochastic policy), not a wish for
# same-seed runs to agree: "for deterministic model: logsumexp, for ensemble: entropy"
_MODEL_SENSE = re.compile(r"determinis\w*\s+(?:models?|networks?|nets?|baselines?|polic(?:y|ies)|encoders?|"
                          r"classifiers?|counterparts?|variants?|versions?|predictions?)\b", re.IGNORECASE)
# parts of a name that make it a data object's (`train_data_deterministic`, `loader_deterministic`)
_DATA_PARTS = {"data", "dataset", "datasets", "loader", "loaders", "dataloader", "set", "split", "batch", "batches",
               "sampler", "transform", "transforms", "aug", "iter", "stream", "images", "samples"}
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _asks(text: str) -> bool:
    """A line that asks for reproducible runs: a signal word that is not only part of a data object's name
    (`train_data_deterministic = CIFAR10(..., transform=plain)` names the unaugmented copy of a data set, not a
    wish for same-seed runs to agree)."""
    for match in _IDENTIFIER.finditer(text):
        name = match.group()
        if _SIGNAL.search(name) and not ("_" in name.strip("_") and set(name.lower().split("_")) & _DATA_PARTS):
            return True
    return False


def _helper_sets_deterministic(facts: FileFacts, project) -> int | None:
    """Line of a call in this file to a project function that sets `cudnn.deterministic = True`.

    The call must reach that function: in the same file, or through an import naming its module
    (a bare `main()` does not reach another example's `main`).
    """
    setters = {f"{other.module}.{a.ctx.func}" if other.module else a.ctx.func
               for other in project.python_files() for a in other.assigns
               if a.ctx.func and sets_cudnn(a, "deterministic") and a.value.value is True}
    endings = {suffix for key in setters for suffix in dotted_suffixes(key)}  # a look-up per call, not a scan
    for call in facts.calls:
        name = call.qualname.lstrip(".")
        local = f"{facts.module}.{name}" if facts.module else name
        if local in setters or ("." in name and (name in setters or name in endings)):
            return call.line
    return None


def _signal(facts: FileFacts, project) -> tuple[int, str] | None:
    for assign in facts.assigns:
        if sets_cudnn(assign, "deterministic") and assign.value.value is True:
            return assign.line, "cudnn.deterministic = True"
    for line, text in facts.keyword_lines:
        if _asks(_MODEL_SENSE.sub(" ", text)) and not _DISCLAIMER.search(text):
            return line, text
    line = _helper_sets_deterministic(facts, project)
    return (line, "a seeding helper that sets cudnn.deterministic = True") if line else None


def _fixed_seed(facts: FileFacts, project) -> tuple[str, int] | None:
    for other in [facts, *(f for f in project.python_files() if f is not facts)]:
        for event in seed_events(other, project):
            if is_fixed_seed(event.call):
                return other.path, event.line
    return None


def _benchmark_site(facts: FileFacts, project) -> tuple[Assign, tuple[int, str]] | None:
    """Where this file switches benchmark mode on for good (not in a determinism branch, not switched off later
    in the same function, not in a function no program reaches), and the reproducibility signal that makes it a
    contradiction; None when it does not."""
    on = [a for a in facts.assigns if sets_cudnn(a, "benchmark") and a.value.value is True
          and not decided_by_setting(facts, a) and not dormant(a.ctx.func, project, facts)]
    if not on or _evaluation_program(facts, project):
        return None
    signal = _signal(facts, project)
    if signal is None:
        return None
    off_later = [a for a in facts.assigns if sets_cudnn(a, "benchmark") and a.value.value is not True]
    for assign in on:
        if not any(a.ctx.func == assign.ctx.func and a.line > assign.line for a in off_later):
            return assign, signal
    return None


def _evaluation_program(facts: FileFacts, project) -> bool:
    """A program (a main guard, or code at its top level) that loads trained weights and reaches no training step:
    it scores checkpoints, and the timing-picked kernels move its numbers in the last digits, not which model a run
    trains. A helper module that sets benchmark mode for the programs importing it is judged as theirs."""
    return (facts.has_main_guard or runs_code_at_top(facts)) \
        and any(c.qualname.rpartition(".")[2] in _WEIGHT_LOADS for c in facts.calls) \
        and reaches_no_training_step(facts, project)


_WEIGHT_LOADS = {"load_state_dict", "load_weights", "load_checkpoint", "load_from_checkpoint", "from_pretrained"}


def benchmark_sites(project) -> list[tuple[FileFacts, Assign, tuple[int, str]]]:
    """Every file of the project where the contradiction holds, by path: one project-level setting copied into
    each entry script is one problem, reported once."""
    if "sa107-sites" not in project.memo:
        found = ((f, _benchmark_site(f, project)) for f in sorted(project.python_files(), key=lambda f: f.path))
        project.memo["sa107-sites"] = [(f, *site) for f, site in found if site is not None]
    return project.memo["sa107-sites"]


@check("SA107")
def benchmark_with_fixed_seed(facts, project, config) -> Iterator[Hit]:
    """One finding per project, at the first file (by path) where benchmark mode contradicts a fixed seed and a
    reproducibility signal; the other files where it does are related locations."""
    if not any(sets_cudnn(a, "benchmark") for a in facts.assigns) or forces_deterministic_algorithms(project):
        return
    sites = benchmark_sites(project)
    if not sites or sites[0][0] is not facts:
        return
    seed = _fixed_seed(facts, project)
    if seed is None:
        return
    _, assign, signal = sites[0]
    others = [(f.path, a.line, "cudnn.benchmark = True") for f, a, _ in sites[1:]]
    also = f" (also in {len(others)} other file{'s' if len(others) > 1 else ''})" if others else ""
    yield Hit(assign.line, "cudnn.benchmark = True lets cuDNN pick convolution algorithms by timing on every run, "
                           "and nothing enables torch.use_deterministic_algorithms: runs with this fixed seed are "
                           f"not reproducible, although the code asks for it ({signal[1][:60]!r}, line {signal[0]})"
                           f"{also}",
              col=assign.col, related=[(facts.path, signal[0], signal[1]), (seed[0], seed[1], "fixed seed"), *others])
