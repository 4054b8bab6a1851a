"""SA102 best-seed selection: several seeds run, and the best one is kept instead of an aggregate.

Selecting on validation data is model selection (safe when test is evaluated once); keeping the
restart with the best training objective (k-means inertia, EM log-likelihood) is standard practice;
checkpoint-best over epochs and ensembles over seeds are not selections over seeds. Selecting on test
data is the worst form (error).
"""
from __future__ import annotations

import ast
import re
from dataclasses import replace
from typing import Iterator

from ...findings import Severity
from ..experiment import is_train, modelish, repeat_loop, words
from ..facts import Branch, Call, Compare, Expr, FileFacts, LaunchFacts, Loop
from ..pooled import REDUCTIONS
from ..seed_names import is_seed_name, name_tokens
from ..sinks import draw_family, seeder
from ..training import starts_program, takes_training_step, training_functions
from ..variation import reads_loop_variable, seed_loops, seed_uses
from .sa101_single_seed_comparison import DATA_SEED_KEY
from . import SHELL, Hit, check

_TEST = re.compile(r"(?<![a-z])test", re.IGNORECASE)
_VALIDATION = re.compile(r"(?<![a-z])(val|valid|validation|dev|development|heldout|held_out)(?![a-z])|(?<![a-z])val_|_val(?![a-z])", re.IGNORECASE)
_OBJECTIVE = re.compile(r"cost|inertia|likelihood|loglik|log_lik|(?<![a-z])llf?(?![a-z])|elbo|objective|energy|deviance|lower_bound|"
                        r"fitness|(?<![a-z])(bic|aic)(?![a-z])", re.IGNORECASE)
_LOSS = re.compile(r"(?<![a-z])loss(?:es)?(?![a-z])", re.IGNORECASE)
# words of a score measured on data (or of a reward): a value named so is no run's own account of its fit
_MEASURED = re.compile(r"test|acc|score|f1|auc|precision|recall|bleu|rouge|meteor|iou|dice|reward|return|ndcg|mrr|"
                       r"map(?![a-z])|wer|cer|psnr|ssim|fid|perf|metric|eval|correct|"
                       # how much one method beats another by (`improvement = (loss_base - loss_ours) / loss_base`)
                       r"improv|gain(?![a-z])|uplift", re.IGNORECASE)
# `model.total_error()`, `results[s].fit_error()`: a method of an object called with no data
_NO_DATA_CALL = re.compile(r"([A-Za-z_][\w.]*(?:\[[^\[\]]*\])?)\.(\w+)\(\s*\)")
# methods that run, train or evaluate a model (what they return may be measured on any data)
_RUNS = re.compile(r"^(?:run|train|fit|evaluate|eval|test|predict|validate|step|forward|main|execute)", re.IGNORECASE)
_SELECTORS = {"max", "min", "argmax", "argmin", "nanargmax", "nanargmin", "idxmax", "idxmin", "nlargest", "nsmallest",
              "sorted", "sort", "sort_values"}
# a table or array made from the per-seed results holds one row per seed as the results do
_TABLE = re.compile(r"(?:^|\.)(?:DataFrame|from_records|from_dict|concat|Series|array|asarray|stack|vstack|hstack|tensor)$")
# `len(jobs)` in `min(cores, len(jobs))`: the size of the per-seed collection, a count compared with counts, no run
_COUNT = re.compile(r"^len\(.*\)$")
# a size or a duration a run reports (`summary["steps"]`, `n_tokens`): compared, it keeps the longest run, no score
_SIZE = re.compile(r"(?<![a-z])(?:(?:time|env_)?steps|epochs|iters|iterations|size|tokens|updates)(?![a-z])", re.IGNORECASE)
# an early-stopping count: epochs waited since the best checkpoint, not a score
_PATIENCE = re.compile(r"patience", re.IGNORECASE)
_AGGREGATES = re.compile(r"(?<![a-z])(mean|std|median|average|nanmean|nanstd|var|sem|describe|agg|aggregate|stdev|pstdev|fmean)(?![a-z])")


def _severity(*texts: str) -> Severity | None:
    return Severity.ERROR if any(_TEST.search(t) for t in texts) else None


def _safe(text: str) -> bool:
    """Selection on validation data or on the run's own training objective is not a best-seed pick; an objective
    measured on test data (`test_cost`) is no training objective. A loss is the training's own (`loss`,
    `train_loss`, a logged table's `final_train_loss` column) unless a word of measuring on data comes with it
    (`test_loss`, `loss = evaluate(model, held)`)."""
    return bool(_VALIDATION.search(text) or _OBJECTIVE.search(text) and not _TEST.search(text)
                or _LOSS.search(text) and not _MEASURED.search(text)) or _reported_by_the_run(text)


def _reported_by_the_run(text: str) -> bool:
    """The score is what the seeded model says of its own fit, a method of a model-named object called with no data
    (`errors.append(model.total_error())`; not one that runs, trains or evaluates it), in a text with no word of a score measured on data: restarts kept by
    their own training objective under a name of their library's choosing."""
    return not _MEASURED.search(text) and any(modelish(m[1].rpartition(".")[2]) and not _RUNS.match(m[2])
                                               for m in _NO_DATA_CALL.finditer(text))


def _value_sources(text: str, func: str, facts: FileFacts, before: int | None = None) -> str:
    """What the plain names of a pick were filled with in its function (before line `before`, when given): `name = …`
    values and `name.append(…)` arguments (`errors.append(model.total_error())` before `seeds[np.argmin(errors)]`)."""
    names = set(re.findall(r"[A-Za-z_]\w*", text))
    last = float("inf") if before is None else before
    assigned = [a.value.text for a in facts.assigns if a.ctx.func == func and a.line < last
                and any(t.kind == "name" and t.text in names for t in a.targets)]
    appended = [a.text for c in facts.calls if c.ctx.func == func and c.line < last
                and c.qualname.rpartition(".")[2] == "append" and c.qualname.rpartition(".")[0] in names for a in c.args]
    return " ".join(assigned + appended)


_HOPS = 3  # assignments followed back from a compared name: a score is named where its chain starts
_CALLEE = re.compile(r"^[\w.]+(?=\()")


def _one_source(value: Expr) -> set[str]:
    """The one name a value is computed from alone (`running[-1]`, `np.minimum.accumulate(curve)`, `curve.min()`),
    or nothing when it combines several (`evaluate(model, test_x)`): only such a value passes on what its source is."""
    callee = set(re.findall(r"\w+", m[0])) if (m := _CALLEE.match(value.text)) else set()
    names = set(value.names) - callee
    return names if len(names) == 1 else set()


def _compared_values(compare: Compare, facts: FileFacts) -> str:
    """The compared text, with what its plain names were assigned in the same function (`sse = km.inertia_` before
    `if sse < best_sse:`) or, for names it never binds, at module level, followed back through values computed from one other value alone (`final = running[-1]`,
    `running = np.minimum.accumulate(fitness_curve)`): what a score is, is said where it is computed as often as in
    its name."""
    names = {n for side in (compare.left, *compare.right) for n in side.names}
    sources: list[str] = []
    followed: set[str] = set()
    frontier = names
    local = {t.text for a in facts.assigns if a.ctx.func == compare.ctx.func for t in a.targets if t.kind == "name"}
    for _ in range(_HOPS):  # a name the function never binds is the module's (`monitored = "val_loss"` at the top)
        bound = [a.value for a in facts.assigns if any(t.kind == "name" and t.text in frontier for t in a.targets) and (
            a.ctx.func == compare.ctx.func and a.line <= compare.line or a.ctx.func == "" and
            not set(t.text for t in a.targets) & local)]
        followed |= frontier
        sources += [value.text for value in bound]
        frontier = {n for value in bound for n in _one_source(value)} - followed
    names = followed
    # one of several values a call returns (`state, results = run_seed(seed, valid_loader)`): what the call was
    # given says what it scored on, when no test data is among it and the compared value is not named for test data
    # (`_, test_acc = run_epoch(model, val_loader)` is read as the test score its name says)
    compared = " ".join([compare.left.text, *(r.text for r in compare.right)])
    unpacked = [] if _TEST.search(compared) else [
        a.value.text for a in facts.assigns if a.ctx.func == compare.ctx.func and a.line <= compare.line
        and a.value.kind == "call" and not _TEST.search(a.value.text)
        and any(t.kind == "other" and names & set(t.names) for t in a.targets)]
    return " ".join([compared, *sources, *unpacked])


def _kept_under(compare: Compare, facts: FileFacts) -> int:
    """Where the winner is kept: the branch testing the flag a comparison is first stored in (`is_better = (score >
    best["score"] or ...)`, then `if is_better:`), else the comparison's own line."""
    flags = [a for a in facts.assigns if a.ctx.func == compare.ctx.func and a.line <= compare.line
             and len(a.targets) == 1 and a.targets[0].kind == "name"
             and all(side.text in a.value.text for side in (compare.left, *compare.right))]
    flag = max(flags, key=lambda a: a.line, default=None)
    branch = next((b for b in facts.branches if flag is not None and not b.negated and b.line > compare.line
                   and b.ctx.func == compare.ctx.func and b.test.text.strip() == flag.targets[0].text), None)
    return branch.line if branch is not None else compare.line


def _binding_texts(compare: Compare, facts: FileFacts) -> list[str]:
    """What the compared names were bound to in the same function, one of several values included
    (`_, acc = evaluate(model, test_loader)`): a score is measured on test data as often where it is computed as in
    its name."""
    names = {n for side in (compare.left, *compare.right) for n in side.names}
    return [a.value.text for a in facts.assigns if a.ctx.func == compare.ctx.func and a.line <= compare.line
            and any(t.text in names if t.kind == "name" else t.kind == "other" and names & set(t.names)
                    for t in a.targets)]


def _test_under_validation_name(compare: Compare, facts: FileFacts) -> bool:
    """A compared score named for validation data (`val`, `dev_acc`) that its function computed from test data and
    from no validation data (`val = trainer.evaluate(test_loader)`): what it is, is said where it is computed."""
    names = {n for side in (compare.left, *compare.right) for n in side.names if _VALIDATION.search(n)}
    bound = [a.value.text for a in facts.assigns if a.ctx.func == compare.ctx.func and a.line <= compare.line
             and any(t.kind == "name" and t.text in names for t in a.targets)]
    return bool(bound) and all(_TEST.search(text) and not _VALIDATION.search(text) for text in bound)


def _scored_on_training_items(compare: Compare, seed_loop: Loop, facts: FileFacts) -> bool:
    """The compared score is counted in a loop over the same items that an earlier loop of the same seed's run went
    over to train (`for x, y in inputs:` to fit, then `for x, y in inputs: correct += ...`): a restart kept by its fit
    on its own training data, like one kept by its training objective, not a pick on held-out data. Items named for
    test or validation data are held out."""
    names = {n for side in (compare.left, *compare.right) for n in side.names}
    inside = {loop.id: loop for loop in facts.loops if loop.kind == "for" and seed_loop.id in loop.ctx.loops
              and loop.iter is not None}
    for assign in facts.assigns:
        if seed_loop.id not in assign.ctx.loops or not any(t.kind == "name" and t.text in names for t in assign.targets):
            continue
        counting = next((inside[i] for i in reversed(assign.ctx.loops) if i in inside), None)
        if counting is None or _TEST.search(counting.iter.text) or _VALIDATION.search(counting.iter.text) or \
                "range(" in counting.iter.text:
            continue  # held-out items, or positions (`range(len(pred))`) whose items are not named
        if any(loop.iter.text == counting.iter.text and loop.end_line < counting.line for loop in inside.values()):
            return True
    return False


def _called_per_seed(facts: FileFacts, loops: dict[int, Loop]) -> dict[str, Loop]:
    """The file's module-level functions that a loop over seeds calls with its seed (`for seed in range(n):
    test_seed(seed)`), each with that loop: what such a function keeps across its calls, it keeps across seeds."""
    functions = {f.qualname for f in facts.functions if f.class_name is None and "." not in f.qualname}
    out: dict[str, Loop] = {}
    for call in facts.calls:
        loop = next((loops[i] for i in reversed(call.ctx.loops) if i in loops), None)
        given = {n for a in (*call.args, *call.kwargs.values()) for n in a.names}
        if loop is not None and call.qualname in functions and given & set(loop.targets):
            out.setdefault(call.qualname, loop)
    return out


def _kept_in_module_state(compare: Compare, facts: FileFacts, project) -> bool:
    """The comparison's function updates a name the module binds and declares it `global` (or `nonlocal`): a best
    kept from one call to the next, not a best within one call (`best_r = -1` at the top of a per-seed training
    function, a checkpoint kept per seed, is local however the module names its own variables)."""
    names = {n for side in (compare.left, *compare.right) for n in side.names}
    bound = project.per_file("sa102-bound-by-scope", facts, _bound_by_scope)
    shared = names & bound.get("", set()) & bound.get(compare.ctx.func, set())
    return bool(shared and shared & _declared_outer(compare.ctx.func, facts, project))


_OUTER = re.compile(r"^\s*(?:global|nonlocal)\s+(.+?)\s*(?:#.*)?$")


def _declared_outer(func: str, facts: FileFacts, project) -> set[str]:
    """The names a function declares `global` or `nonlocal`: the only names it binds that outlive one call."""
    function = project.function_named(facts, func)
    if function is None:
        return set()
    lines = project.lines_of(facts.path)[function.line - 1:function.end_line]
    return {name.strip() for line in lines if (m := _OUTER.match(line)) for name in m[1].split(",")}


def _bound_by_scope(facts: FileFacts, _project) -> dict[str, set[str]]:
    """The names each function (module level: "") assigns; `best_f1, best_run = f1, run` binds both."""
    out: dict[str, set[str]] = {}
    for a in facts.assigns:
        out.setdefault(a.ctx.func, set()).update(part.strip() for t in a.targets for part in t.text.split(","))
    return out


def _carried_across(compare: Compare, seed_loop: Loop, facts: FileFacts) -> bool:
    """A comparison in a loop nested inside the seed loop (over learning rates, say) that keeps a best across seeds:
    one of its names is set before the seed loop and not set again inside it before the comparison, so the best of
    every seed's settings competes with the best of the others (a joint search over seeds and settings). A best reset
    for each seed (`best = 0` at the top of the seed loop: a checkpoint or setting chosen within one seed) is not."""
    names = {n for side in (compare.left, *compare.right) for n in side.names}
    bound = [a for a in facts.assigns if a.ctx.func == compare.ctx.func and a.line < compare.line
             and any(t.kind == "name" and t.text in names for t in a.targets)]
    before = {t.text for a in bound if a.line < seed_loop.line for t in a.targets}
    reset = {t.text for a in bound if a.line > seed_loop.line for t in a.targets}
    return bool(before - reset)


def _filled_in(facts: FileFacts, loops: dict[int, Loop]) -> dict[str, tuple[int, str]]:
    """Collections filled once per seed: `c.append(…)`, `c[k] = …` in a seed loop, `c = [… for seed in …]`."""
    filled: dict[str, tuple[int, str]] = {}
    for call in facts.calls:
        owner, _, method = call.qualname.rpartition(".")
        if method in ("append", "extend", "add", "put") and owner and any(i in loops for i in call.ctx.loops):
            filled.setdefault(owner, (call.line, " ".join(a.text for a in call.args)))
        if call.qualname.rsplit(".", 1)[-1] in ("map", "starmap", "imap") and call.targets and \
                any(re.search(r"seed", a.text, re.IGNORECASE) for a in call.args[1:]):
            for target in call.targets:
                filled.setdefault(target, (call.line, call.args[0].text if call.args else ""))
    comprehensions = {loop.line for loop in loops.values() if loop.kind == "comp"}
    for assign in facts.assigns:
        for target in assign.targets:
            if target.kind == "subscript" and target.qualname and any(i in loops for i in assign.ctx.loops):
                filled.setdefault(target.qualname, (assign.line, assign.value.text))
            if target.kind == "name" and assign.line in comprehensions:
                filled.setdefault(target.text, (assign.line, assign.value.text))
    for call in facts.calls:  # in line order, so a table built from an array built from the list counts too
        if call.targets and (_TABLE.search(call.qualname) or _along_rows(call)) and \
                not any(i in loops for i in call.ctx.loops):
            read = [*(n for a in call.args for n in a.names), *re.findall(r"[A-Za-z_]\w*", call.qualname)[:-1]]
            source = next((filled[n] for n in read if n in filled), None)
            for target in call.targets if source else ():
                filled.setdefault(target, source)
    return filled


def _along_rows(call: Call) -> bool:
    """`np.sum(table, axis=1)`, `scores.mean(axis=-1)`: a table filled a row per seed, reduced along each row
    (summed over its models or metrics), still holds one value per seed; a pick over it picks a seed."""
    if call.qualname.rsplit(".", 1)[-1] not in REDUCTIONS | {"prod"}:
        return False
    method = not call.qualname.startswith(("numpy.", "torch."))
    axis = call.kwargs.get("axis", call.kwargs.get("dim"))
    if axis is None:
        axis = call.arg(0 if method else 1)
    return axis is not None and axis.value in (1, -1)


def _kept_of(facts: FileFacts, filled: dict[str, tuple[int, str]], loops: dict[int, Loop]) -> dict[str, str]:
    """Collections that keep some of a per-seed collection's runs, outside the seed loops, by the name of the one
    they keep from: a comprehension over it (`valid = [(s, m) for s, m in results if m["acc"] >= 0]`) or a slice of
    it (`first = results[:5]`). Their names say which runs are kept (`valid`: the well-formed ones), not what the
    runs were scored on."""
    comps = {loop.line: loop for loop in facts.loops if loop.kind == "comp" and loop.iter is not None}
    kept: dict[str, str] = {}
    for assign in sorted(facts.assigns, key=lambda a: a.line):
        value, comp = assign.value, comps.get(assign.line)
        known = filled.keys() | kept.keys()
        if comp is not None:
            source = next((n for n in comp.iter.names if n in known), None)
        else:
            source = value.qualname if value.kind == "subscript" and ":" in value.text and value.qualname in known else None
        if source is None or any(i in loops for i in assign.ctx.loops):
            continue
        for target in assign.targets:
            if target.kind == "name" and target.text not in known:
                kept[target.text] = kept.get(source, source)
    return kept


class _Aggregates:
    """Which per-seed collections the file aggregates (mean, std, …, or `sum(c) / len(...)`).

    Asked for every selection over a collection: the aggregating calls are read once, and only the
    assignments that can hold `sum(…) / len(…)` are searched per name."""

    def __init__(self, facts: FileFacts, project) -> None:
        self.read: set[str] = set()  # names an aggregate reads, and the receivers it is called on
        for call in facts.calls:
            if _AGGREGATES.fullmatch(call.qualname.rsplit(".", 1)[-1]):
                self.read.update(n for a in call.args for n in a.names)
                self.read.update(call.qualname[:at] for at, char in enumerate(call.qualname) if char == ".")
        self.ratios = [a.value.text for a in facts.assigns if "sum(" in a.value.text and "len(" in a.value.text]

    def __contains__(self, name: str) -> bool:
        return name in self.read or any(re.search(rf"sum\(\s*{re.escape(name)}\s*\)\s*/\s*len\(", text) for text in self.ratios)


def _texts_on_line(facts: FileFacts, project) -> dict[int, list[str]]:
    """Line → the values assigned and the arguments passed on it (where a sort's first row may be taken)."""
    out: dict[int, list[str]] = {}
    for assign in facts.assigns:
        out.setdefault(assign.line, []).append(assign.value.text)
    for call in facts.calls:
        out.setdefault(call.line, []).extend(a.text for a in call.args)
    return out


def _keeps_the_winner(compare: Compare, facts: FileFacts) -> bool:
    """`if score > kept: kept = score`: a running maximum (or minimum), whatever its variables are called. The kept
    side is given the other side's value; an update that reads the kept side itself (`eps = max(eps, eps_min)`,
    `eps *= decay` under `if eps > eps_min:`) decays or clamps one value toward a floor and keeps no winner."""
    branches = {b.id for b in facts.branches if b.line == compare.line and not b.negated}
    if not branches:
        return False
    sides = [compare.left, *compare.right]
    for assign in facts.assigns:
        if branches.isdisjoint(assign.ctx.conds) or assign.op != "=":
            continue
        targets = {part.strip() for t in assign.targets for part in t.text.split(",")}
        for kept in sides:
            if kept.text in targets and not _mentions(assign.value.text, kept.text) and \
                    any(set(other.names) & set(assign.value.names) for other in sides if other is not kept):
                return True
    return False


def _mentions(text: str, expression: str) -> bool:
    """`expression` (a name, `agent.eps`, `run["acc"]`) appears whole in `text`, not as part of a longer name."""
    return bool(re.search(rf"(?<![\w.]){re.escape(expression.strip())}(?![\w])", text))


# -- the winner's seed: a pick of the best run whose seed is then read -----------------------------------------
# one expression that picks the best entry: idxmax/idxmin, nlargest(1), max/min with a key, a sort then its first or
# last row, an argmax (or list.index(max(...))) position
_PICKS = re.compile(r"\.idx(?:max|min)\(|\.n(?:largest|smallest)\(\s*1\s*[,)]|(?<![\w.])(?:max|min)\(.*\bkey\s*=|"
                    r"arg(?:max|min)\(|\.index\(\s*(?:max|min)\(")
_SORT_CALL = re.compile(r"(?:(?<![\w.])sorted|\.sort_values)\(")
_SORT_END = re.compile(r"\s*(?:\[\s*(?:0|-1)\s*\]|\.iloc\[\s*(?:0|-1)\s*[\],]|\.(?:head|tail)\(\s*1?\s*\))")


def _closing(text: str, start: int) -> int:
    """The index just past the bracket that closes the one opened right before `start` (len(text) if none)."""
    depth = 1
    for at in range(start, len(text)):
        depth += {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}.get(text[at], 0)
        if depth == 0:
            return at + 1
    return len(text)


def _sort_taken(text: str, end: re.Pattern = _SORT_END, calls: re.Pattern = _SORT_CALL) -> bool:
    """A sort whose result's first or last entry is taken (`sorted(runs, key=…)[0]`): the index must follow the
    sort's own closing parenthesis, not sit inside its arguments (`sorted(k.split('-')[0] for k in runs)` orders
    names)."""
    return any(end.match(text, _closing(text, m.end())) for m in calls.finditer(text))


def _picks(text: str) -> bool:
    """One expression that picks the best entry (see above)."""
    return bool(_PICKS.search(text)) or _sort_taken(text)
_POSITION = re.compile(r"^[\w.]*(?:arg(?:max|min)\(.*\)|\.index\(\s*(?:max|min)\(.*\))$")
_SEED = re.compile(r"seed", re.IGNORECASE)
# a loop over the saved outputs of per-seed runs: `for path in glob("runs/seed_*/metrics.json")`
_SEED_FILES = re.compile(r"""(?:glob|listdir|iterdir|scandir)\(.*['"][^'"]*seed[^'"]*['"]""", re.IGNORECASE)
_BY_SEED = re.compile(r"\.groupby\(\s*(?:by\s*=\s*)?\[?\s*['\"]\w*seed\w*['\"]\s*\]?\s*\)", re.IGNORECASE)
_PLOT = re.compile(r"^(?:plt|matplotlib|ax\w*|axes|fig\w*|sns|seaborn)\.|\.(?:annotate|text|set_title|suptitle|xlabel|ylabel|legend)$")


def _ranked(facts: FileFacts) -> dict[tuple[str, str], tuple[int, str]]:
    """(function, name) → the sort's line and text, for collections sorted in place or assigned a sort without a pick."""
    out: dict[tuple[str, str], tuple[int, str]] = {}
    for call in facts.calls:
        owner, _, last = call.qualname.rpartition(".")
        inplace = last == "sort" or (last == "sort_values" and "inplace" in call.kwargs)
        if inplace and re.fullmatch(r"[A-Za-z_]\w*", owner or ""):
            out[(call.ctx.func, owner)] = call.line, " ".join(a.text for a in (*call.args, *call.kwargs.values()))
    entries: dict[str, tuple[int, str]] = {}  # dict keys a sort is stored under (`log["sorted_runs"] = sorted(...)`)
    for assign in facts.assigns:
        value = assign.value.text
        if re.match(r"(?:sorted\(|[\w.\[\]'\"]+\.sort_values\()", value) and not _picks(value):
            for target in assign.targets:
                if target.kind == "name":
                    out[(assign.ctx.func, target.text)] = assign.line, value
                elif key := _ENTRY_KEY.search(target.text):
                    entries.setdefault(key[1], (assign.line, value))
    for assign in facts.assigns:  # the entry read back, in any function, also after the dict was saved and reloaded
        key = _ENTRY_READ.fullmatch(assign.value.text.strip())
        if key and key[1] in entries:
            for target in assign.targets:
                if target.kind == "name":
                    out.setdefault((assign.ctx.func, target.text), entries[key[1]])
    return out


# a dict entry under a literal key, as written to (`state["sorted_runs"]`) and as read back whole
_ENTRY_KEY = re.compile(r"""\[\s*['"](\w+)['"]\s*\]$""")
_ENTRY_READ = re.compile(r"""[A-Za-z_][\w.]*\[\s*['"](\w+)['"]\s*\]""")


def _seed_read(facts: FileFacts, func: str, after: int, pattern: re.Pattern) -> bool:
    """The seed is read from the pick later in the same function: kept, returned, printed (a plot only marks it)."""
    texts = [a.value.text for a in facts.assigns if a.ctx.func == func and a.line >= after]
    texts += [value.text for name, value, line in facts.returns if name == func and line >= after]
    texts += [arg.text for call in facts.calls if call.ctx.func == func and call.line >= after and not _PLOT.search(call.qualname)
              for arg in (*call.args, *call.kwargs.values())]
    return any(pattern.search(text) for text in texts)


def _data_statistics(name: str, func: str, facts: FileFacts, project) -> bool:
    """`name` is bound in `func` to a comprehension over items that are not seeds and that runs no model
    (`[len(set(seq)) for seq in sequences]`): a pick over it chooses an input by a property of the data (the priming
    sequence a generator starts from, its "seed"), not a run."""
    bound = [a for a in facts.assigns if a.ctx.func == func and any(t.kind == "name" and t.text == name for t in a.targets)]
    if len(bound) != 1:
        return False
    seeded = seed_loops(facts, project)
    comprehension = next((loop for loop in facts.loops if loop.kind == "comp" and loop.line == bound[0].line), None)
    if comprehension is None or comprehension.id in seeded or any(is_seed_name(t) for t in comprehension.targets):
        return False
    over = " ".join([*comprehension.targets, comprehension.iter.text if comprehension.iter is not None else ""])
    computed = facts.calls_in(comprehension.id)
    if not computed or _METRIC.search(over) or words(over) & (_RUN_WORDS | {"result", "results"}):
        return False  # a filter of stored runs (`[r for r in runs if r["done"]]`) or their scores
    body = _function_bodies(facts, project)
    return all(_runs_no_model(c, body, set()) for c in computed)


def _winner_seeds(facts: FileFacts, project) -> Iterator[tuple[int, int, str]]:
    """(line, line of the sort it reads or 0, text) of each pick of the best run whose seed the code then reads: `best = df.loc[df.acc.idxmax()]`
    then `best['seed']`; `runs.sort(key=…, reverse=True)` then `runs[0]['seed']`; `seeds[np.argmax(accs)]`;
    `best_seed = max(scores, key=scores.get)`. Once per collection and function."""
    ranked = _ranked(facts)
    by_seed = {t.text for a in facts.assigns if _BY_SEED.search(a.value.text) for t in a.targets}
    done: set[tuple[str, str]] = set()
    for assign in sorted(facts.assigns, key=lambda a: a.line):
        value, func = assign.value.text, assign.ctx.func
        names = [t.text for t in assign.targets if t.kind == "name"]
        source = next((n for n in assign.value.names if n not in facts.aliases), "")
        end = re.fullmatch(r"([A-Za-z_]\w*)(?:\.iloc)?\[\s*(?:0|-1)\s*\](?:\[\s*['\"]\w*seed\w*['\"]\s*\])?|"
                           r"([A-Za-z_]\w*)\.(?:head|tail)\(\s*1?\s*\)", value, re.IGNORECASE)
        if end and (func, end[1] or end[2]) in ranked:
            source = end[1] or end[2]
            sort_line, text = ranked[(func, source)]
        elif _picks(value):
            sort_line, text = 0, value
        else:
            continue
        if (func, source) in done or not names or _within_each_seed(value) or _per_row(value) or \
                any(_data_statistics(n, func, facts, project) for n in assign.value.names):
            continue
        if any(is_seed_name(n) for n in names) or _SEED.search(value) or source in by_seed:
            found = True  # the pick itself gives the seed (over a table grouped by seed, its index is the seed)
        elif _POSITION.match(value):
            found = _seed_read(facts, func, assign.line, re.compile(
                r"\w*seed\w*\s*\[\s*(?:" + "|".join(map(re.escape, names)) + r")\s*\]", re.IGNORECASE))
        else:
            found = _seed_read(facts, func, assign.line, re.compile(
                r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")(?:\.loc|\.at)?(?:\s*\[\s*['\"][^'\"]*seed[^'\"]*['\"]|"
                r"\.\w*seed\w*(?![\w(]))", re.IGNORECASE))
        if found:
            done.add((func, source))
            yield assign.line, sort_line, text


_ARG_PICK = {"argmax", "argmin", "nanargmax", "nanargmin"}


def _per_row(value: str) -> bool:
    """`np.argmax(affinity, axis=1)`, `scores.argmax(-1)`, `torch.argmax(logits, dim=1)`: a position taken along
    an axis, one for every row (a label per item, a word per draw), not the one best entry a seed pick keeps. Only
    a value that is that position itself; a pick that indexes with it (`seeds[np.argmax(accs)]`) is read as before."""
    if not _POSITION.match(value.strip()):
        return False
    try:
        node = ast.parse(value.strip(), mode="eval").body
    except SyntaxError:
        return False
    if not isinstance(node, ast.Call):
        return False
    callee = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id if isinstance(node.func, ast.Name) else ""
    if callee not in _ARG_PICK:
        return False
    if any(k.arg in ("axis", "dim") and not (isinstance(k.value, ast.Constant) and k.value.value is None) for k in node.keywords):
        return True
    # the axis passed by position: second argument of the function form, first of the method form on an array
    method = isinstance(node.func, ast.Attribute) and not (isinstance(node.func.value, ast.Name) and node.func.value.id in ("np", "numpy", "torch"))
    axis = node.args[0 if method else 1:]
    return bool(axis) and not (isinstance(axis[0], ast.Constant) and axis[0].value is None)


# a collection of runs grouped by seed, by its name: seed_results, runs_by_seed, per_seed, runs_per_seed
_BY_SEED_NAME = re.compile(r"^(?:per_)?seeds?_|(?:^|_)(?:by|per)_seeds?$", re.IGNORECASE)


def _within_each_seed(value: str) -> bool:
    """`{s: max(runs, key=…) for s, runs in runs_by_seed.items()}`: a pick made inside a comprehension over runs
    grouped by seed (its key named for seeds, or the grouped collection named so) chooses one run among each
    seed's runs, a setting or a checkpoint, and keeps an entry for every seed: no seed is picked. A pick over
    the groups themselves (`max(runs_by_seed.items(), key=…)`) and one within groups of settings (`{style:
    max(runs, …) for style, runs in per_style.items()}`, a seed kept per style) are still selections."""
    try:
        node = ast.parse(value.strip(), mode="eval").body
    except SyntaxError:  # cut at the text limit, or not Python
        return False
    if not isinstance(node, (ast.DictComp, ast.ListComp)) or len(node.generators) != 1:
        return False
    loop = node.generators[0]
    element = node.value if isinstance(node, ast.DictComp) else node.elt
    targets = [t.id for t in ast.walk(loop.target) if isinstance(t, ast.Name)]
    grouped = loop.iter.func.value if isinstance(loop.iter, ast.Call) and isinstance(loop.iter.func, ast.Attribute) \
        and loop.iter.func.attr in ("items", "values") and not loop.iter.args else loop.iter
    group_name = grouped.id if isinstance(grouped, ast.Name) else grouped.attr if isinstance(grouped, ast.Attribute) else ""
    by_seed = (bool(targets) and is_seed_name(targets[0]) and isinstance(loop.target, ast.Tuple)) \
        or bool(_BY_SEED_NAME.search(group_name))
    if not by_seed or not isinstance(loop.iter, ast.Call):
        return False  # a comprehension over the names themselves (`[max(r) for r in seed_results]`) is left as it was
    members = set(targets[1:]) if isinstance(loop.target, ast.Tuple) else set(targets)
    picked = [{x.id for x in ast.walk(n) if isinstance(x, ast.Name)} for n in ast.walk(element)
              if isinstance(n, ast.Call) and _picks(ast.unparse(n))]  # the names each pick reads
    return bool(picked) and bool(members) and all(names & members and group_name not in names for names in picked)


_RUNNING_BEST = re.compile(r"^(?:max|min)\(\s*([A-Za-z_]\w*)\s*,\s*(.+)\)$|^(?:max|min)\(\s*(.+?)\s*,\s*([A-Za-z_]\w*)\s*\)$", re.S)


def _running_best_calls(facts: FileFacts, loops: dict[int, Loop], seen: set[int]) -> Iterator[Hit]:
    """A running best written as one call in the seed loop's own body (`best_r2 = max(best_r2, test_r2)`): the name
    kept is one of the call's two arguments, the other a score (not one on validation data)."""
    for assign in facts.assigns:
        if not assign.ctx.loops or assign.ctx.loops[-1] not in loops or assign.line in seen or len(assign.targets) != 1:
            continue
        match = _RUNNING_BEST.match(assign.value.text.strip())
        kept, other = (match[1], match[2]) if match and match[1] else (match[4], match[3]) if match else ("", "")
        if kept != assign.targets[0].text or not _MEASURED.search(other) or _safe(other):
            continue
        seen.add(assign.line)
        yield Hit(assign.line, "the best seed is kept (`" + assign.value.text[:60] + "`) inside the loop over seeds: "
                               "report the mean and spread over all seeds, not the luckiest one",
                  severity=_severity(assign.value.text))


def _saying_test(hits: Iterator[Hit]) -> Iterator[Hit]:
    """Each hit, an error-level one saying why it is one: the pick read test data."""
    for hit in hits:
        if hit.severity is Severity.ERROR and "test data" not in hit.message:
            hit = replace(hit, message=hit.message + " (picked on test data: the test score it reports is the best of "
                                                     "the draws, biased upward)")
        yield hit


@check("SA102")
def best_seed_selection(facts: FileFacts, project, config) -> Iterator[Hit]:
    yield from _saying_test(_selections(facts, project))


def _selections(facts: FileFacts, project) -> Iterator[Hit]:
    seen: set[int] = set()
    for hit in [*_kept_by_a_bar(facts, project), *_retrained_until_a_bar(facts, project)]:
        seen.add(hit.line)
        yield hit
    yield from _in_seed_loops(facts, project, seen)
    for line, sort_line, text in _winner_seeds(facts, project):
        func = next((a.ctx.func for a in facts.assigns if a.line == line), "")
        if line in seen or sort_line in seen or _safe(text) or _reported_by_the_run(text + " " + _value_sources(text, func, facts)):
            continue  # a sort already reported as the selection over the seed loop's results
        yield Hit(line, "the best run is picked and its seed kept (`" + text[:60] + "`): report the mean and spread "
                        "over all seeds, not the luckiest one", severity=_severity(text))
    yield from _searched_seeds(facts)
    yield from _top_rows_of_seed_tables(facts, project)


# readers of a saved table or array, by their last name
_TABLE_READERS = {"read_csv", "read_table", "read_json", "read_excel", "read_parquet", "loadtxt", "genfromtxt"}
_FILE_NAME = re.compile(r"""['"](?:[^'"]*/)?([\w.-]+\.(?:csv|tsv|txt|json|jsonl|xlsx|parquet))['"]""")


def _top_rows_of_seed_tables(facts: FileFacts, project) -> Iterator[Hit]:
    """A results table read back from a file that a program of the project, run over several seeds, writes one row
    per run to with the run's seed in it (`Train.py` appending `[args.seed, f1]` to `result.csv`, launched for seeds
    1 to 100), sorted by a score and cut to its best rows or its first (`df.sort_values("f1").iloc[-5:]`): the mean of
    the luckiest seeds is reported, not the mean over all of them. A sort by a validation score or by the run's own
    objective is model selection (see _safe)."""
    for read in facts.calls:
        named = _FILE_NAME.search(read.args[0].text) if read.args else None
        if read.qualname.rpartition(".")[2] not in _TABLE_READERS or not read.targets or named is None:
            continue
        writer = _per_seed_writer(named[1], facts, project)
        if writer is None:
            continue
        held = _derived_names(facts, read.ctx.func, set(read.targets), read.line)
        for sort in facts.calls:
            if sort.ctx.func != read.ctx.func or sort.line < read.line or sort.qualname.rpartition(".")[2] != "sort_values" \
                    or sort.qualname.rpartition(".")[0] not in held or not _sort_picked(sort, facts, project):
                continue
            key = sort.args[0] if sort.args else sort.kwargs.get("by")
            by = key.text if key is not None else ""
            if _safe(by):
                break
            path, line = writer
            yield Hit(sort.line, f"the best rows of a per-seed results table are kept (`{named[1]}` sorted by {by[:40]} "
                                 f"and cut to its top; its rows are written by {path}:{line} with each run's seed): "
                                 "report the mean and spread over all seeds, not over the luckiest ones",
                      related=[(path, line, "rows written here")], severity=_severity(named[1], by))
            return


def _derived_names(facts: FileFacts, func: str, names: set[str], after: int) -> set[str]:
    """`names` and every name the function later binds to an expression reading one of them (`df = df.sort_values(…)`)."""
    held = set(names)
    for assign in sorted(facts.assigns, key=lambda a: a.line):
        if assign.ctx.func == func and assign.line > after and set(assign.value.names) & held:
            held |= {t.text for t in assign.targets if t.kind == "name"}
    return held


def _per_seed_writer(file_name: str, reader: FileFacts, project) -> tuple[str, int] | None:
    """(path, line) of a call of another project program that writes `file_name` in a function reading a seed
    (`args.seed` among the row it appends), while the project runs that program over several seeds."""
    known = project.memo.setdefault("sa102-per-seed-writers", {})
    if file_name not in known:
        known[file_name] = list(_per_seed_writers(file_name, project))
    return next((found for found in known[file_name] if found[0] != reader.path), None)


def _per_seed_writers(file_name: str, project) -> Iterator[tuple[str, int]]:
    """The first such call in each swept program of the project (see _per_seed_writer), once per file name and pass."""
    for other in project.python_files():
        if not any(s.program == other.path and s.count >= 2 for s in project.sweeps):
            continue
        for call in other.calls:
            if not any(file_name in a.text for a in (*call.args, *call.kwargs.values())):
                continue
            texts = [a.value.text for a in other.assigns if a.ctx.func == call.ctx.func]
            texts += [a.text for c in other.calls if c.ctx.func == call.ctx.func for a in (*c.args, *c.kwargs.values())]
            if any(is_seed_name(n) for t in texts for n in re.findall(r"\w+", t)):
                yield other.path, call.line
                break


# a seed's own value: `seed`, `best_seed`, `entry["seed"]`, `run.seed`
_SEED_VALUE = re.compile(r"""(?:^|[\s.(])\w*seed\w*\s*$|\[\s*['"]\w*seed\w*['"]\s*\]\s*$""", re.IGNORECASE)


# a search library's draw of one setting: optuna's `trial.suggest_int("seed", 0, 99)`, hyperopt's
# `hp.choice("seed", range(100))`
_SUGGEST = re.compile(r"\.suggest_\w+$|(?:^|\.)hp\.\w+$")
# hyperopt's search over a space (`fmin(fn=objective, space=space, …)`): its objective is the function it is given
_MINIMISERS = re.compile(r"(?:^|\.)fmin$")


def _searched_seeds(facts: FileFacts) -> Iterator[Hit]:
    """A hyper-parameter search that draws the seed as one of its settings (`trial.suggest_int("random_state", …)`,
    `hp.choice("seed", …)`) keeps the seed of the trial whose objective scores best, as a running best over a seed
    loop does: reported unless the objective is scored on validation data or is the run's own training objective
    (see _safe), an error when it reads test data. The objective is the function drawing the setting (optuna) or the
    one a space-wide search is given (`fmin(fn=objective, space=…)`)."""
    for call in facts.calls:
        named = call.args[0].value if call.args and call.args[0].kind == "str" else None
        if not _SUGGEST.search(call.qualname) or not isinstance(named, str) or not is_seed_name(named):
            continue
        objectives = {call.ctx.func} if ".suggest_" in call.qualname else _objectives_given(facts)
        scored = " ".join(_scored_text(facts, func) for func in objectives if func)
        if not scored.strip() or _safe(scored):
            continue
        yield Hit(call.line, f"the search draws the seed (`{named}`) as a setting and keeps the trial that scores "
                             "best: the best of many seeds is reported as the setting's result; tune on validation "
                             "data and report the mean and spread over seeds of the chosen setting",
                  severity=_severity(scored))


def _objectives_given(facts: FileFacts) -> set[str]:
    """The functions a space-wide search is given to minimise (`fmin(objective, …)`, `fmin(fn=objective, …)`)."""
    given = (c.arg(0, "fn") for c in facts.calls if _MINIMISERS.search(c.qualname))
    return {e.text for e in given if e is not None and e.kind == "name"}


def _scored_text(facts: FileFacts, func: str) -> str:
    """What an objective returns, with what the returned names were bound to and the arguments of the calls that
    bound them (`r2 = r2_score(y_test, pred)`)."""
    returned = [value for f, value, _ in facts.returns if f == func]
    names = {n for value in returned for n in value.names}
    sources = [a.value.text for a in facts.assigns if a.ctx.func == func
               and any(t.kind == "name" and t.text in names for t in a.targets)]
    arguments = [a.text for c in facts.calls if c.ctx.func == func and set(c.targets) & names for a in c.args]
    return " ".join([*(value.text for value in returned), *sources, *arguments])


# -- a seed loop that draws data and runs no model ------------------------------------------------------------
# libraries whose calls handle data or numbers and run no model, and the builtins and methods that do the same
_DATA_LIBRARIES = re.compile(r"^(?:numpy|pandas|random|math|statistics|itertools|collections|copy|tqdm|json|csv|os|"
                             r"pathlib|torch\.utils\.data|sklearn\.model_selection|sklearn\.utils)(?:\.|$)")
_DATA_CALLS = frozenset({
    "len", "range", "int", "float", "str", "bool", "sum", "abs", "min", "max", "sorted", "list", "dict", "set", "tuple",
    "zip", "enumerate", "print", "next", "any", "all", "round", "isinstance", "iter", "map", "filter", "reversed",
    "deepcopy", "tqdm", "trange",
    # methods of arrays, frames, lists and splitters
    "mean", "std", "append", "extend", "sample", "reset_index", "split", "numpy", "cpu", "tolist", "copy",
    "astype", "shuffle", "permutation", "bincount", "items", "keys", "values", "get", "count", "unique", "value_counts",
    "reshape", "flatten", "squeeze", "nonzero", "argsort", "sort", "index", "add", "update", "format", "join", "item",
    "detach", "clone", "concatenate", "stack", "head", "tail", "drop", "dropna", "isin", "to_numpy", "choice"})
# the draws that order, split or sample data; any other draw (`uniform`, `randn`, `normal`) may start a model's weights
_DATA_DRAWS = re.compile(r"shuffle|permut|sample|choice|split|fold", re.IGNORECASE)


def _draws_data_only(loop: Loop, facts: FileFacts, project) -> bool:
    """A loop over seeds that seeds or draws with its seed and runs no model: every call in it handles data or
    numbers (a split, a shuffle, label counts) and every draw from a global generator orders, splits or samples data
    (a draw of anything else may start a hand-written model's weights), directly or through a function of the file
    that does the same. The seed it keeps is a draw of the data chosen for a property of the data (class balance),
    not a lucky run. A loop that reads stored results (no draw in it) and a call that may run a model
    (`model.predict`, `run(seed)`, a function of another module) keep it a seed loop."""
    draws = any(loop.id in use.call.ctx.loops for use in seed_uses(facts, project))
    body = _function_bodies(facts, project)
    calls = facts.calls_in(loop.id)
    return draws and all(_runs_no_model(c, body, set()) for c in calls)


def _picks_a_start(loop: Loop, facts: FileFacts, project) -> bool:
    """A loop over seeds that trains nothing (no training call or optimiser step in it, no function of the file that
    trains, nothing named as a run, no program started) and is followed in its function by a training: the seed it
    keeps starts that one training (an initialisation chosen by how the untrained model behaves), so the pick is
    made before any run has a result to pick by."""
    trainers = training_functions(facts, project)
    inside = facts.calls_in(loop.id)
    if any(takes_training_step(c) or c.qualname in trainers or _names_a_run(c) or starts_program(c) for c in inside):
        return False
    return any(c.ctx.func == loop.ctx.func and c.line > loop.end_line and
               (takes_training_step(c) or c.qualname in trainers) for c in facts.calls)


def _function_bodies(facts: FileFacts, project) -> dict[str, list[Call]]:
    """The calls in each module-level function of the file, by its name (read once per file)."""
    def read(facts: FileFacts, project) -> dict[str, list[Call]]:
        bodies: dict[str, list[Call]] = {f.qualname: [] for f in facts.functions if f.class_name is None and "." not in f.qualname}
        for call in facts.calls:
            if call.ctx.func in bodies:
                bodies[call.ctx.func].append(call)
        return bodies
    return project.per_file("function-bodies", facts, read)


def _runs_no_model(call: Call, body: dict[str, list[Call]], seen: set[str]) -> bool:
    """The call handles data or numbers (see _draws_data_only); a method of a model-named object (`model.sample`)
    runs the model."""
    name = call.qualname
    receiver, _, method = name.rpartition(".")
    if draw_family(name):
        return bool(_DATA_DRAWS.search(method))
    if seeder(name) or _DATA_LIBRARIES.match(name) or method in _DATA_CALLS and not modelish(receiver.rpartition(".")[2]):
        return True
    if name in body and name not in seen and not _names_a_run(call):
        seen.add(name)
        return all(_runs_no_model(inner, body, seen) for inner in body[name])
    return False


_RUN_WORDS = frozenset({"tune", "finetune", "run", "runs", "experiment", "evaluate", "eval", "trial"})


def _names_a_run(call: Call) -> bool:
    """A function of the file whose name says it trains, runs or scores (`train_once`, `fine_tune`, `run_trial`,
    `dice_on_test`): whatever its body (a stand-in, a placeholder), it stands for a run."""
    name = call.qualname.rsplit(".", 1)[-1]
    return is_train(call) or bool(_METRIC.search(name)) or bool(words(name) & _RUN_WORDS)


def _in_seed_loops(facts: FileFacts, project, seen: set[int]) -> Iterator[Hit]:
    """Selections inside a loop over seeds, and over the collections such a loop fills."""
    drawing = {i: loop for i, loop in seed_loops(facts, project).items()
               if not _draws_data_only(loop, facts, project) and not _picks_a_start(loop, facts, project)}
    loops = {**drawing, **{loop.id: loop for loop in facts.loops if loop.iter is not None and
                           _SEED_FILES.search(loop.iter.text)}, **_saved_run_loops(facts), **_repeated_runs(facts, project)}
    if not loops:
        return
    # a while loop's condition (`while step < step_max and loss > tol:`) says when training stops; it keeps no run
    while_heads = {loop.line for loop in facts.loops if loop.kind == "while"}
    per_seed = _called_per_seed(facts, loops)
    for compare in facts.compares:
        around = next((loops[i] for i in reversed(compare.ctx.loops) if i in loops), None)
        through = per_seed.get(compare.ctx.func) if around is None and _kept_in_module_state(compare, facts, project) else None
        around = around or through
        if around is None or compare.line in seen or through is None and \
                compare.ctx.loops[-1] != around.id and not _carried_across(compare, around, facts):
            continue
        if compare.line in while_heads or not any(op in (">", ">=", "<", "<=") for op in compare.ops) or \
                any(_COUNT.match(side.text.strip()) or _PATIENCE.search(side.text) or _SIZE.search(side.text)
                    and not _MEASURED.search(side.text) for side in (compare.left, *compare.right)):
            continue  # a size (`if len(ids) > longest:`) or an early stop (`if best_epoch + patience < epoch:`): no score
        text = " ".join([compare.left.text, *(r.text for r in compare.right)])
        if all(_SEED_VALUE.search(side.text) for side in (compare.left, *compare.right)):
            continue  # `entry["seed"] < best["seed"]`: a tie broken by the seed's number, no score compared
        if any(is_seed_name(key) for key in re.findall(r"\[\s*([A-Za-z_]\w*)\s*\]", text)):
            continue  # `if acc > best[seed][key]:` keeps a best within each seed (a setting, a checkpoint), every seed kept
        named = re.search(r"best|top|highest|lowest", text, re.IGNORECASE)  # `max_acc`, `eps_min`: see _keeps_the_winner
        if not (named or _keeps_the_winner(compare, facts)) or _scored_on_training_items(compare, around, facts) or \
                _safe(_compared_values(compare, facts)) and not _test_under_validation_name(compare, facts):
            continue
        kept_at = _kept_under(compare, facts)
        if kept_at in seen:
            continue
        seen.update((compare.line, kept_at))
        shown = compare.left.text + "".join(f" {op} {side.text}" for op, side in zip(compare.ops, compare.right))
        what = "run" if around.id in _repeated_runs(facts, project) and around.id not in drawing else "seed"
        yield Hit(kept_at, f"the best {what} is kept (`" + shown[:60] + f"`) inside the loop over {what}s: report the "
                           f"mean and spread over all {what}s, not the luckiest one",
                  severity=_severity(text, *_binding_texts(compare, facts)))
    yield from _running_best_calls(facts, loops, seen)
    for hit in _stops_at_first_win(facts, loops):
        if hit.line not in seen:
            seen.add(hit.line)
            yield hit
    filled = _filled_in(facts, loops)
    if not filled:
        return
    kept = _kept_of(facts, filled, loops)
    filled |= {name: filled[source] for name, source in kept.items()}
    for call in facts.calls:
        owner, _, last = call.qualname.rpartition(".")
        if last not in _SELECTORS or call.line in seen:
            continue
        names = {n for a in (*call.args, *call.kwargs.values()) if not _COUNT.match(a.text) for n in a.names}
        if last in ("sort", "sort_values", "idxmax", "idxmin", "nlargest", "nsmallest"):
            names.update((owner, re.match(r"\w*", owner)[0]))  # `table["test_acc"].idxmax()` selects over `table`
        if last in ("max", "min", "argmax", "argmin") and "axis" not in call.kwargs and not call.args:
            names.update(re.findall(r"[A-Za-z_]\w*", owner))  # `np.array(test_accs).max()` selects over `test_accs`
        hits = [n for n in names if n in filled]
        if not hits or _inside_fill(call, facts, loops, filled[hits[0]][0]):
            continue
        text = " ".join([owner, *(a.text for a in (*call.args, *call.kwargs.values()))])  # `table["dev_f1"].idxmax()`
        if last in ("sorted", "sort", "sort_values") and not _sort_picked(call, facts, project):
            continue
        if _SIZE.search(text):
            continue  # the longest run's length (`max(d["steps"].max() for d in runs)`, `max(max_steps)`): an axis, no score
        if hits[0] in kept:  # judged by the name of the collection it keeps runs of
            text = re.sub(rf"\b{re.escape(hits[0])}\b", kept[hits[0]], text)
        if _safe(text + " " + filled[hits[0]][1]) or hits[0] in project.per_file("aggregates", facts, _Aggregates) \
                or _names_the_worst(call):
            continue
        yield Hit(call.line, f"the best of the per-seed results in `{hits[0]}` is kept instead of an aggregate: "
                             "report mean and spread over all seeds", severity=_severity(text, filled[hits[0]][1]))
        seen.add(call.line)


def _names_the_worst(call: Call) -> bool:
    """The pick is kept under a name for the worst run (`worst_seed = min(results, key=...)`, printed beside the
    best to show the spread): no run is chosen for being lucky."""
    return any(set(name_tokens(target)) & {"worst", "lowest", "weakest"} for target in call.targets)


# leaving the loop, the function or the program at once
_LEAVES = re.compile(r"^\s*(?:break|return\b|(?:sys\.|os\._)?exit\(|quit\()")


def _stops_at_first_win(facts: FileFacts, loops: dict[int, Loop]) -> Iterator[Hit]:
    """A loop over seeds left at the first seed whose run wins a comparison of scores or of methods (`if ours >
    max(baselines): sys.exit(0)`; `if run(seed): break`, or `won = run(seed)` then `if won:`, where `run` returns
    such a comparison or returns True under one): the seeds are searched until one is lucky enough, and that one is
    kept. A `break` counts only in the seed loop itself (one in an epoch loop inside it is an early stop)."""
    for branch in facts.branches:
        if branch.negated or not branch.ctx.loops or branch.ctx.loops[-1] not in loops:
            continue
        bound = {t.text: a.value.qualname for a in facts.assigns if a.ctx.func == branch.ctx.func
                 and a.line < branch.line and a.value.kind == "call" for t in a.targets if t.kind == "name"}
        runs = {c.qualname for c in facts.calls if c.line == branch.line} | {bound[n] for n in branch.test.names if n in bound}
        wins = [(branch.test.text, t) for t in (_with_sources(branch, facts),) if _a_win(t)] + \
            [win for run in runs for win in _wins_returned(facts, run)]
        if not wins or _safe(" ".join(full for _, full in wins)):
            continue
        if any(_LEAVES.match(line) for line in _branch_body(facts, branch.line)):
            yield Hit(branch.line, "the loop over seeds stops at the first seed whose run wins (`" + wins[0][0][:60] +
                      "`): that seed is the luckiest of those tried, not a typical one; report the mean and spread "
                      "over a fixed list of seeds", severity=_severity(*(full for _, full in wins)))


def _with_sources(branch: Branch, facts: FileFacts) -> str:
    """A branch's test, with what its names were filled with before it in the same function (`proposed >
    max(others)` after `proposed = accuracy(output, "ours")`): what is compared is said where it is computed."""
    return branch.test.text + " " + _value_sources(branch.test.text, branch.ctx.func, facts, before=branch.line)


def _a_win(text: str) -> bool:
    """An ordering of scores or of methods (`ours > max(baselines)`, `test_acc >= target`), or a score hitting a
    target (`acc == TARGET`; not a match of a name or mode, `split == "test"`)."""
    return bool(re.search(r"[<>]|==(?!\s*['\"])", text)) and bool(_MEASURED.search(text) or modelish(text))


def _wins_returned(facts: FileFacts, func: str) -> list[tuple[str, str]]:
    """The comparisons a function of the file answers with, as (shown, with sources): one it returns (`return acc >
    base`), or the test of a branch under which it returns True."""
    returned = [(value.text, value.text) for f, value, _ in facts.returns if f == func and _a_win(value.text)]
    return returned + [(b.test.text, text) for b in facts.branches if b.ctx.func == func and not b.negated
                       and _a_win(text := _with_sources(b, facts))
                       and any(re.match(r"\s*return\s+True\b", line) for line in _branch_body(facts, b.line))]


def _branch_body(facts: FileFacts, line: int) -> list[str]:
    """The source lines of the body of the `if` on `line`: the lines after it indented deeper than it."""
    lines = facts.lines
    if not 0 < line <= len(lines):
        return []
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
    body = [tail[0]] if (tail := re.findall(r":\s*(\S.*)$", lines[line - 1])) else []  # `if won: break`
    for text in lines[line:]:
        if text.strip() and len(text) - len(text.lstrip()) <= indent:
            break
        body.append(text)
    return body


# a loop variable that counts runs of one setting: `for run in range(5)`, `for trial in ...`, `for restart in ...`
_RUN_INDEX = {"run", "runs", "trial", "trials", "rep", "reps", "repeat", "repetition", "restart", "restarts", "attempt"}


def _repeated_runs(facts: FileFacts, project) -> dict[int, Loop]:
    """Loops that repeat one setting's training (`for run in range(5):`, or over a run count: `range(n_runs)`), each
    pass training (a training step or a training function of the file in its own body, not in a loop nested in it
    only): every pass draws its own initialisation and data order, a seed of its own whether or not one is named, so
    a best kept over the passes is a best of several seeds."""
    def read(facts: FileFacts, project) -> dict[int, Loop]:
        trainers = training_functions(facts, project)
        found = {}
        for loop in facts.loops:
            if loop.kind != "for" or loop.iter is None or not loop.iter.text.startswith("range(") or not (
                    set(name_tokens(" ".join(loop.targets))) & _RUN_INDEX or repeat_loop(loop)):
                continue
            inside = facts.calls_in(loop.id)
            if any(takes_training_step(c) or c.qualname in trainers or is_train(c) for c in inside) \
                    and not _passes_differ(loop, facts, inside):
                found[loop.id] = loop
        return found
    return project.per_file("sa102-repeated-runs", facts, read)


def _passes_differ(loop: Loop, facts: FileFacts, inside: list[Call]) -> bool:
    """The passes of a repeat-shaped loop run other settings: drawn in its body (`width = random.choice([64,
    128])`: a random search) or picked by its counter (`lr = rates[trial]`)."""
    drawn_lines = {c.line for c in inside if draw_family(c.qualname)}
    counter = "|".join(map(re.escape, loop.targets))
    return any(loop.id in a.ctx.loops and (a.line in drawn_lines or re.search(rf"\[\s*(?:{counter})\s*\]", a.value.text))
               for a in facts.assigns)


def _saved_run_loops(facts: FileFacts) -> dict[int, Loop]:
    """Loops over saved runs that read each run's seed back from what the pass loaded (`for run_dir in
    os.listdir(root):` ... `results = json.load(f)`, `seed = results["args"]["seed"]`): each pass is one seed's run,
    however the loop names its items."""
    out: dict[int, Loop] = {}
    for assign in facts.assigns:
        loop = facts.loops[assign.ctx.loops[-1]] if assign.ctx.loops else None
        if loop is None or loop.kind != "for" or not any(t.kind == "name" and is_seed_name(t.text) for t in assign.targets) \
                or not re.search(r"""\[\s*['"]\w*seed\w*['"]|\.\w*seed\w*\b|get\(\s*['"]\w*seed""", assign.value.text, re.I):
            continue
        loaded = set(loop.targets) | {t.text for a in facts.assigns_in(loop.id) if a.line < assign.line
                                      for t in a.targets if t.kind == "name"}
        keys = re.findall(r"\w*seed\w*", assign.value.text, re.I)
        if loaded & set(assign.value.names) and not all(DATA_SEED_KEY.search(key) for key in keys):
            out[loop.id] = loop
    return out


_FOLD = re.compile(r"fold", re.IGNORECASE)
_METRIC = re.compile(r"test|acc|score|f1|auc|loss|metric|perf|reward|return|bleu|rouge|meteor|iou|dice|rmse|mae|mse|"
                     r"err|r2|mcc|kappa|corr|precision|recall|ndcg|mrr|map(?![a-z])|wer|cer|ppl|perplexity|psnr|ssim|fid|"
                     r"improv|gain(?![a-z])|uplift", re.IGNORECASE)
_BAR = re.compile(r"^-?\d*\.?\d+(?:e-?\d+)?$|thresh|bar|cutoff|cut_off|target|min_|max_", re.IGNORECASE)


def _kept_by_a_bar(facts: FileFacts, project) -> Iterator[Hit]:
    """`if test_acc > 0.9: kept.append(seed)` in a loop over seeds or folds: only the lucky draws are kept.

    A bar that gates what is collected, not a guard that stops or skips a run (a divergence check)."""
    loops = {**seed_loops(facts, project), **{l.id: l for l in facts.loops if l.kind == "for" and
                                              _FOLD.search(" ".join(l.targets) + " " + (l.iter.text if l.iter else ""))}}
    collected = [call for call in facts.calls if call.qualname.rpartition(".")[2] in ("append", "add", "extend")]
    for compare in facts.compares:
        enclosing = [loops[i] for i in compare.ctx.loops if i in loops]
        if not enclosing or len(compare.right) != 1 or not any(op in (">", ">=", "<", "<=") for op in compare.ops):
            continue
        sides = (compare.left.text, compare.right[0].text)
        metric = next((text for text, bar in (sides, sides[::-1]) if _METRIC.search(text) and _BAR.search(bar)), None)
        branches = {b.id for b in facts.branches if b.line == compare.line and not b.negated}
        if metric is None or _safe(metric) or not branches:
            continue
        kept = {call.qualname.rpartition(".")[0] for call in collected if not branches.isdisjoint(call.ctx.conds)} \
            if compare.ctx.loops[-1] in loops else set()
        shown = f"{sides[0]} {compare.ops[0]} {sides[1]}"[:60]
        if any(not _only_counted(name, facts) for name in kept):
            yield Hit(compare.line, f"only the runs that pass a bar are kept (`{shown}`): the kept "
                                    "seeds or folds are the lucky ones; report every run", severity=_severity(metric))
        elif _lucky_seeds_shown(compare, branches, enclosing, facts):
            yield Hit(compare.line, f"the search shows the seeds whose runs pass a bar (`{shown}`): a seed picked from "
                                    "them is a lucky one; report every run", severity=_severity(metric))


def _retrained_until_a_bar(facts: FileFacts, project) -> Iterator[Hit]:
    """`while not accepted:` building and training a model afresh on every pass, left when a score of the run passes a
    bar (`if test_acc >= 0.9: accepted = True`, or a `break` under it): draws are thrown away until a lucky one comes,
    and that one is kept, a best-of-N over unnamed seeds."""
    trainers = training_functions(facts, project)
    for loop in facts.loops:
        if loop.kind != "while" or loop.iter is None:
            continue
        inside = facts.calls_in(loop.id)
        if not any(takes_training_step(c) or c.qualname in trainers or is_train(c) for c in inside):
            continue
        flags = set(loop.iter.names)
        for compare in facts.compares:
            if not compare.ctx.loops or compare.ctx.loops[-1] != loop.id or len(compare.right) != 1 \
                    or not any(op in (">", ">=", "<", "<=") for op in compare.ops):
                continue
            sides = (compare.left.text, compare.right[0].text)
            metric = next((text for text, bar in (sides, sides[::-1]) if _METRIC.search(text) and _BAR.search(bar)), None)
            branches = [b for b in facts.branches if b.line == compare.line and not b.negated]
            if metric is None or _safe(metric) or not branches:
                continue
            body = _branch_body(facts, compare.line)
            leaves = any(_LEAVES.match(line) for line in body) or any(
                a.line in range(compare.line + 1, compare.line + len(body) + 1) and {t.text for t in a.targets} & flags
                for a in facts.assigns_in(loop.id))
            if leaves:
                shown = f"{sides[0]} {compare.ops[0]} {sides[1]}"[:60]
                yield Hit(compare.line, f"the model is trained again until a run passes a bar (`{shown}`): the run kept "
                                        "is the first lucky draw; report every run", severity=_severity(metric))
                break


# calls that show a line to the user: `print(...)`, `logger.info(...)`, `tqdm.write(...)`
_SHOWN = re.compile(r"^(?:print|(?:\w+\.)*(?:info|warning|write|log|echo))$")
# scores that improve downwards: a run under the bar is the good one
_LOWER_IS_BETTER = re.compile(r"loss|err|rmse|mae|mse|wer|cer|ppl|perplexity|fid", re.IGNORECASE)


def _lucky_seeds_shown(compare: Compare, branches: set[int], loops: list[Loop], facts: FileFacts) -> bool:
    """Runs on the good side of the bar (`if acc >= 0.9:`, `if test_rmse < 0.5:`) are shown with the seed of the
    loop over seeds they ran under (`print(f"found: seed={rs} acc={acc}")`): the search reports its lucky seeds for
    the author to pick one, a selection even when nothing is kept. A run shown for crossing the bad side (`if loss >
    10: print(f"seed {s} diverged")`) is a warning, not a pick."""
    op = next(op for op in compare.ops if op in (">", ">=", "<", "<="))
    metric_left = bool(_METRIC.search(compare.left.text)) and bool(_BAR.search(compare.right[0].text))
    upwards = (op in (">", ">=")) == metric_left
    metric = compare.left.text if metric_left else compare.right[0].text
    if upwards == bool(_LOWER_IS_BETTER.search(metric)):
        return False
    seeds = {target for loop in loops for target in loop.targets}
    return any(_SHOWN.match(call.qualname) and not branches.isdisjoint(call.ctx.conds)
               and any(seeds & set(a.names) or any(is_seed_name(n) for n in a.names) for a in call.args)
               for call in facts.calls)


def _code_part(text: str) -> str:
    """An expression without its string literals' words: an f-string's `{…}` fields, other strings dropped."""
    if re.match(r"^[rRbB]?[fF][rRbB]?['\"]", text):
        return " ".join(re.findall(r"\{[^{}]*\}", text))
    return re.sub(r"(['\"])(?:(?!\1).)*\1", "", text)


def _only_counted(name: str, facts: FileFacts) -> bool:
    """The kept runs are only counted (`len(solved) / len(seeds)`): a success rate over every seed, not a pick."""
    mention = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")
    counted = re.compile(rf"\blen\(\s*{re.escape(name)}\s*\)")
    reads = [arg.text for call in facts.calls if call.qualname != "len" for arg in call.args]
    reads += [a.value.text for a in facts.assigns]
    reads = [code for code in map(_code_part, reads) if mention.search(code)]
    return bool(reads) and not any(mention.search(counted.sub("", text)) for text in reads)


_FIRST = r"(?:\.iloc)?\[\s*(?:0|-1)\s*[\],]|\.(?:head|tail)\(\s*1\s*\)"
# the best k of a ranking (`ranked[:3]`, `.iloc[-4:]`, `.head(5)`): a mean of the luckiest runs is no mean over seeds;
# a slice that cuts both ends (`ranked[1:-1]`, a trimmed mean) keeps no winner
# (`.iloc[-5:, :]` keeps every column of those rows)
_TOP_K = r"(?:\.iloc)?\[\s*(?:0?\s*:\s*[1-9]\d*|-[1-9]\d*\s*:)\s*(?:,\s*:\s*)?\]|\.(?:head|tail)\(\s*[1-9]\d*\s*\)"
_FIRST_AFTER = re.compile(r"\s*(?:" + _FIRST + "|" + _TOP_K + ")")
_ANY_SORT = re.compile(r"(?:(?<![\w.])sorted|\.sort_values|\.sort)\(")  # `np.sort(accs)[-1]` too


def _sort_picked(sort, facts: FileFacts, project) -> bool:
    """The sort's first or last entry, or its best few, are taken, on its line or from the name the sorted runs are
    bound to (`ranked = sorted(…)` then `ranked[0]` or `ranked[:3]`). A ranking printed or written whole keeps every
    run."""
    if any(_sort_taken(text, _FIRST_AFTER, _ANY_SORT) for text in project.per_file("texts-on-line", facts, _texts_on_line).get(sort.line, ())):
        return True
    owner, _, last = sort.qualname.rpartition(".")
    names = {t.text for a in facts.assigns if a.line == sort.line for t in a.targets if t.kind == "name"}
    names |= {owner} if last == "sort" or "inplace" in sort.kwargs else set()
    names.discard("")
    if not names:
        return False
    picked = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")" + "(?:" + _FIRST + "|" + _TOP_K + ")")
    later = [a.value.text for a in facts.assigns if a.ctx.func == sort.ctx.func and a.line > sort.line]
    later += [arg.text for c in facts.calls if c.ctx.func == sort.ctx.func and c.line > sort.line for arg in c.args]
    return any(picked.search(text) for text in later)


def _inside_fill(call, facts: FileFacts, loops: dict[int, Loop], fill_line: int) -> bool:
    """The selection sits inside the seed loop that fills the collection (a running max per seed)."""
    return any(i in loops and facts.loops[i].line <= fill_line <= facts.loops[i].end_line for i in call.ctx.loops)


_TOP_LINE = re.compile(r"\bsort\b[^|]*\|\s*(?:head|tail)\s+(?:-n\s*)?-?1\b")


def _top_of_seed_runs(facts: LaunchFacts) -> Iterator[tuple[int, str]]:
    """`grep test_f1 … | sort -k2 -nr | head -1` over per-seed results: read from files named for seeds
    (`logs/seed_*.log`), or from a file the launcher appends to while it sweeps seeds. The line must name the score it
    ranks (a search kept by its own training loss is not a pick on held-out data); a sort written whole keeps every run."""
    appended = {m for line in facts.lines for m in re.findall(r">>\s*\"?([\w./$-]+)", line)} if facts.sweeps else set()
    for number, line in enumerate(facts.lines, start=1):
        if _TOP_LINE.search(line) and _METRIC.search(line) and (_SEED.search(line) or any(name in line for name in appended)):
            yield number, line.strip()


# a filter in a run's own pipeline that compares a field with a number (`| awk '{if ($NF > 0.04) print s}'`)
_FIELD = r"\$(?:NF|\d+)"
_THRESHOLD_FILTER = re.compile(rf"""\|\s*awk\b.*?(?:{_FIELD}\s*[<>]=?\s*-?\.?\d|-?\.?\d[\d.]*\s*[<>]=?\s*{_FIELD})""")


def _seeds_kept_by_threshold(facts: LaunchFacts) -> Iterator[tuple[int, str]]:
    """A run per seed of a loop whose output its own pipeline filters by a threshold and that prints the loop's seed
    when it passes (`for i in $(seq 0 1000); do python eval.py --seed $i | awk -v s="$i" '{if ($NF > 0.9) print s}';
    done`): a search that keeps the lucky seeds, as a Python `if score > bar: keep(seed)` does."""
    for inv in facts.invocations:
        line = facts.lines[inv.line - 1] if inv.line <= len(facts.lines) else ""
        for name, value in inv.options.items():
            refs = [ref for ref in inv.loop_values if reads_loop_variable(value, ref)]
            if not is_seed_name(name) or not refs:
                continue
            tail = line[line.find("|", line.find(value)) if value in line else len(line):]
            if _THRESHOLD_FILTER.search(tail) and any(re.search(rf"\$\{{?{re.escape(ref)}\b", tail) for ref in refs):
                yield inv.line, line.strip()
                break


_SHELL_FOR = re.compile(r"^\s*for\s+([A-Za-z_]\w*)\s+in\b")
_SHELL_DONE = re.compile(r"^\s*done\b")
_SHELL_KEEP = re.compile(r"""^\s*(?:export\s+)?([A-Za-z_]\w*)=["']?\$\{?([A-Za-z_]\w*)\}?["']?\s*(?:#.*)?$""")
_WINNER_WORDS = {"best", "top", "winner", "winning", "max", "highest", "lucky", "luckiest"}


def _running_best_seeds(facts: LaunchFacts) -> Iterator[tuple[int, str]]:
    """`BEST_SEED=$SEED` inside a shell loop over seeds (under the `if` that found its score better): the loop keeps
    the seed of its best run, as `if score > best: best_seed = seed` does in Python. The line of the `if` above it
    comes along, for what it compares."""
    loops: list[str] = []
    last_if = ""
    for number, line in enumerate(facts.lines, start=1):
        if (opened := _SHELL_FOR.match(line)) is not None:
            loops.append(opened[1])
        elif _SHELL_DONE.match(line) and loops:
            loops.pop()
        elif re.match(r"^\s*(?:if|elif)\b", line):
            last_if = line.strip()
        elif (kept := _SHELL_KEEP.match(line)) is not None and kept[2] in loops and is_seed_name(kept[2]) \
                and set(name_tokens(kept[1])) & _WINNER_WORDS:
            yield number, f"{last_if} {line.strip()}".strip()


@check("SA102", kinds=SHELL)
def best_seed_in_launcher(facts: LaunchFacts, project, config) -> Iterator[Hit]:
    picked = {line for line, _ in facts.selections}
    shown = [(n, t, "the launcher picks the best seed from per-seed results and runs with it") for n, t in facts.selections]
    shown += [(n, t, "the launcher keeps only the top line of the per-seed results") for n, t in _top_of_seed_runs(facts)
              if n not in picked]
    shown += [(n, t, "the loop over seeds keeps the seed of its best run") for n, t in _running_best_seeds(facts)
              if n not in picked]
    shown += [(n, t, "each seed's run is filtered by a score threshold that keeps the seeds passing it")
              for n, t in _seeds_kept_by_threshold(facts) if n not in picked]
    for line, text, what in shown:
        if _safe(text) and not _TEST.search(text):
            continue
        yield from _saying_test([Hit(line, what + ": the reported model is the luckiest draw", severity=_severity(text))])
