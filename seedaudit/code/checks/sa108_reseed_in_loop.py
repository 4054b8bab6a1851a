"""SA108: reseeding with the same value inside the loop that is meant to vary (epochs, batches, repeats)."""
from __future__ import annotations

import ast
import re
from typing import Iterator

from ..facts import Call, FileFacts, Loop
from ..seeded import seed_argument
from ..sinks import RNG_FACTORIES, env_receiver, seeder
from ..variation import calls_by_function
from . import Hit, check

_VARYING = re.compile(r"epoch|step|iter|batch|repeat|^reps?$|^runs?$|trial|episode|round|^it$|^[it]$|^_$", re.I)
_NOT_VARYING = re.compile(r"seed|model|config|cfg|dataset|data_name|task|method|lrs?\b|arch|fold|env|name|file|path|param|"
                          r"setting|exp|worker|rank|gpu|device|val|test|eval", re.I)
_EVAL_FUNCTION = re.compile(r"eval|test|valid|sample|generate|infer|predict|worker_init", re.I)
_SEEDING_FACTORIES = {name for name, kind in RNG_FACTORIES.items() if kind in ("numpy-object", "random-object")}


_WRAPPERS = {"range", "enumerate", "tqdm", "trange", "zip", "list", "tuple", "sorted", "reversed", "len", "iter",
             "int", "product", "min", "max", "islice"}
_GENERIC_METHODS = {"items", "keys", "values", "get", "iterrows", "itertuples", "split", "copy"}


def _subjects(node: ast.AST) -> list[str]:
    """The last name of each thing the loop header counts: `epochs` in `range(cfg.epochs)` or
    `range(params['episodes'])`, `train_loader` in `enumerate(tqdm(self.train_loader, desc=...))`."""
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.Attribute):
        return [node.attr]
    if isinstance(node, ast.Subscript):
        key = node.slice
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            return [key.value]
        return _subjects(node.value)
    if isinstance(node, ast.Call):
        out = [name for arg in node.args for name in _subjects(arg)]
        func = node.func
        if isinstance(func, ast.Attribute):
            if func.attr in _GENERIC_METHODS or func.attr in _WRAPPERS:
                return out + _subjects(func.value) if func.attr in _GENERIC_METHODS else out
            return out + [func.attr]
        if isinstance(func, ast.Name) and func.id not in _WRAPPERS:
            out.append(func.id)
        return out
    if isinstance(node, ast.Constant):
        return []
    return [name for child in ast.iter_child_nodes(node) for name in _subjects(child)]


def _header_names(text: str) -> str:
    """What `_NOT_VARYING` is matched against: the header's subjects, not the config object they are read from."""
    try:
        return " ".join(_subjects(ast.parse(text.strip(), mode="eval").body))
    except SyntaxError:
        return text


def _meant_to_vary(loop: Loop) -> bool:
    """An epoch, step, batch or repeat loop: not a loop over models, configs, seeds, folds or workers."""
    if loop.kind == "comp":
        return False
    text = loop.iter.text if loop.iter is not None else ""
    if _NOT_VARYING.search(_header_names(text)) or any(_NOT_VARYING.search(t) for t in loop.targets):
        return False
    if loop.kind == "while":
        return bool(_VARYING.search(text)) or text == "True"
    return any(_VARYING.search(t.rpartition(".")[2]) for t in loop.targets) or bool(
        re.search(r"loader|batch|epoch|step", text, re.I))


def _assigned_by_loop(facts: FileFacts, project) -> dict[int, set[str]]:
    """Loop → the names (re)bound inside it: a seed computed there may differ per iteration.

    One pass over the file; asking it per seeding call (over every assignment and call) was quadratic."""
    out: dict[int, set[str]] = {}
    for assign in facts.assigns:
        for loop_id in assign.ctx.loops:
            names = out.setdefault(loop_id, set())
            for target in assign.targets:
                names.update(target.names)
                names.add(target.text)
    for call in facts.calls:
        for loop_id in call.ctx.loops:
            out.setdefault(loop_id, set()).update(call.targets)
    return out


def _constant_seed(call: Call, facts: FileFacts, project, loops: list[Loop]) -> bool:
    arg = seed_argument(call)
    if arg is None or arg.kind == "none":
        return False
    if arg.kind == "call" and arg.qualname not in ("int", "str"):
        return False
    assigned = project.per_file("assigned-by-loop", facts, _assigned_by_loop)
    varying = {t for loop in loops for t in loop.targets}.union(*(assigned.get(loop.id, ()) for loop in loops))
    return not (set(arg.names) & varying or arg.text in varying)


def _seeds(call: Call, facts: FileFacts, project) -> bool:
    """A call that (re)seeds a generator: a seeding call or RNG factory given a seed, or `env.reset(seed=...)`,
    which reseeds a gym/gymnasium environment's own generator."""
    if call.qualname in _SEEDING_FACTORIES:
        return bool(call.args or call.kwargs)
    if env_receiver(call.qualname, ".reset") is not None:
        return "seed" in call.kwargs and call.kwargs["seed"].kind != "none"
    return bool(project.seeded_families(call, facts))


def _seeds_for_evaluation_only(call: Call, facts: FileFacts, project, seen: frozenset[str] = frozenset()) -> bool:
    """A call to a function of this file that seeds only inside evaluation functions (`train()` calling
    `validate()`, which fixes a validation seed): it reseeds what an evaluation draws, as a seeding call written in
    such a function does, which this check leaves alone. A library seeder, a function of another file, or any
    seeding reached outside an evaluation function is not."""
    name = call.qualname.rpartition(".")[2]
    if _EVAL_FUNCTION.search(name):
        return True
    functions = {fn.qualname for fn in facts.functions}
    target = call.qualname if call.qualname in functions else None
    if seeder(call.qualname) is not None or target is None or target in seen:
        return False
    body = [c for c in calls_by_function(facts, project).get(target, ()) if _seeds(c, facts, project)]
    return bool(body) and all(_seeds_for_evaluation_only(c, facts, project, seen | {target}) for c in body)


@check("SA108")
def reseed_in_loop(facts, project, config) -> Iterator[Hit]:
    reported: set[int] = set()
    for call in facts.calls:
        if not call.ctx.loops or _EVAL_FUNCTION.search(call.ctx.func) or not _seeds(call, facts, project) \
                or _seeds_for_evaluation_only(call, facts, project):
            continue
        loops = [facts.loop(i) for i in call.ctx.loops]
        varying = [loop for loop in loops if _meant_to_vary(loop)]
        if not varying or varying[-1].id in reported or not _constant_seed(call, facts, project, loops):
            continue
        loop = varying[-1]
        reported.add(loop.id)
        head = loop.iter.text if loop.iter is not None else "..."
        yield Hit(call.line, f"`{call.qualname}` reseeds with the same value on every pass of the loop over `{head}` "
                             f"(line {loop.line}): each iteration replays the same random numbers",
                  col=call.col, end_line=call.end_line,
                  related=[(facts.path, loop.line, f"loop over {head}")])
