"""SA103 seed-tuned baseline: the two sides of a comparison get different seed budgets.

One side is run over several seeds (and may report its best or its mean) while the other is run once:
the comparison then measures the budget as much as the methods.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..experiment import inside_loops, is_train, modelish
from ..facts import Call, FileFacts, Invocation, LaunchFacts
from ..option_roles import setting_role
from ..seed_names import is_seed_name
from ..variation import seed_loops, seed_uses
from . import SHELL, Hit, check
from .sa101_single_seed_comparison import differs_in_model, launch_seeds, program_name, training_program


def _seed_capacity(invocation: Invocation, project) -> bool:
    """The launched program can take a seed (an option) or fixes one: running it once is one draw."""
    for path, runs in project.runs.items():
        if any(inv is invocation for _, inv in runs):
            return any(o.path == path for o in project.seed_options) or bool(seed_uses(project.files[path], project))
    return False


def _tuning_trial(invocation: Invocation) -> bool:
    """The run sits in a launcher loop over values of a hyper-parameter (`for lr in $lrs; do python run.py
    --learning_rate $lr ...`): one trial of a search, not a compared method given fewer seeds."""
    looped = set(invocation.loop_values)
    return any(not modelish(option) and setting_role(option) == "setting"
               and any(re.search(rf"\$\{{?{re.escape(var)}\b", value) for var in looped)
               for option, value in invocation.options.items())


def _other_data(a: Invocation, b: Invocation) -> bool:
    """The two launches name other data under one option (`--data_file cifar-cl.pt`, `--data_file core50`; a
    sweep driver's `--datasets OfficeHome` beside a run's `--dataset ColoredMNIST`)."""
    theirs = _by_singular(b)
    return any(setting_role(key) == "data" and _singular(key) in theirs and theirs[_singular(key)] != value
               for key, value in a.options.items())


def _same_method(a: Invocation, b: Invocation) -> bool:
    """The swept launch is a sweep driver given the run's one method in its list option (`--algorithms DomainMix`
    beside the run's `--algorithm DomainMix`): that method's search and its single run, not two sides of a
    comparison. Programs that share a backbone (`--model_name bert-base-uncased` given to both) are still two
    methods."""
    return any(modelish(key) and b.options.get(key + "s") == value for key, value in a.options.items() if value)


def _singular(key: str) -> str:
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def _by_singular(invocation: Invocation) -> dict[str, str]:
    return {_singular(key): value for key, value in invocation.options.items()}


@check("SA103", kinds=SHELL)
def asymmetric_launch_budget(facts: LaunchFacts, project, config) -> Iterator[Hit]:
    runs = [r for r in launch_seeds(facts, project) if training_program(r[0], project)]
    swept = [(inv, count) for inv, _, _, count, _ in runs if count >= 2]
    if not swept:
        return
    for inv, name, values, count, line in runs:
        if count >= 2 or not _seed_capacity(inv, project) or _tuning_trial(inv):
            continue
        if any(other.program == inv.program and not differs_in_model(inv, other, project) for other, _ in swept):
            continue
        if all(_other_data(inv, other) or _same_method(inv, other) for other, _ in swept):
            continue  # the swept runs are of other data sets (a protocol of their own), or of this run's own method
        seeds = max(n for _, n in swept)
        how = f"at seed {values[0]}" if values else "at its default seed"
        yield Hit(line, f"this run gets one seed ({how}) while {program_name(swept[0][0])} in the same launcher gets "
                        f"{seeds}: the two sides of the comparison have different seed budgets")


@check("SA103")
def asymmetric_python_budget(facts: FileFacts, project, config) -> Iterator[Hit]:
    seeded = seed_loops(facts, project)
    if not seeded:
        return
    inside: dict[tuple[str, str], list[Call]] = {}  # (callee, function) → training calls inside a seed loop
    for c in facts.calls:
        if is_train(c) and inside_loops(c.ctx.loops, seeded) and c.qualname.split(".")[0] != "self":
            inside.setdefault((c.qualname, c.ctx.func), []).append(c)
    for call in facts.calls:
        if not is_train(call) or inside_loops(call.ctx.loops, seeded) or call.ctx.loops:
            continue
        for other in inside.get((call.qualname, call.ctx.func), ()):
            differing = [a.text for a, b in zip(call.args, other.args) if a.text != b.text]
            differing += [v.text for k, v in call.kwargs.items() if k in other.kwargs and other.kwargs[k].text != v.text
                          and not is_seed_name(k)]
            if any(modelish(t) or t.startswith(("'", '"')) for t in differing) and \
                    not any(k for k, v in call.kwargs.items() if is_seed_name(k) and v.kind != "int"):
                yield Hit(call.line, f"this side of the comparison is trained once, while {other.qualname} runs over "
                                     f"seeds in the loop at line {facts.loops[[i for i in other.ctx.loops if i in seeded][0]].line}: "
                                     "unequal seed budgets favour the side with more draws")
                break
