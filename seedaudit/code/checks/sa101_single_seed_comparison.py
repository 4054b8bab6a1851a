"""SA101 single-seed comparison: compared runs that all stand on one fixed seed.

A comparison is several models/methods trained in one loop, or one entry point launched with several
models or configurations. It stands on one seed when every side runs under the same fixed seed and
nothing in the project varies it; it is asymmetric when one side gets several seeds and another one.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Iterator, NamedTuple

from ..estimators import (CONDITIONAL_ESTIMATORS, data_drawn_each_pass, draws, estimator_comparison, is_estimator,
                          own_model_class, reads_seed, stored_under)
from ..experiment import (MODEL_WORDS, counts_things, fits, graph_train_ops, inside_loops, is_train, mode_switch, modelish,
                          ops_run, repeat_loop, words)
from ..facts import Assign, Call, Compare, Expr, FileFacts, Function, Invocation, LaunchFacts, Loop, Param
from ..launchers import SHELL_ASSIGN, hydra_values
from ..option_roles import (BOOKKEEPING_WORDS, DATA_WORDS, GENERIC_KEYS, LAYER_WORDS, SPLIT_WORDS, differs,
                            one_configuration, role_words, setting_role, written_with_seeds)
from ..callers import calls_by_name, never_passed
from ..draw_use import unused_generator, whole_statement
from ..pooled import pooled_results
from ..project import function_calls, imported_bindings, imported_modules, module_named
from ..reach import dormant
from ..seeded import data_order_seeding
from ..seed_names import evaluation_named, is_count_name, is_search_seed_name, is_seed_name, name_tokens, searches_seeds
from ..sinks import (GYM_MAKERS, RANDOM_ESTIMATORS, RNG_FACTORIES, draw_family, env_receiver, seeder,
                     trainer_settings_default)
from ..stacked_configs import merged_settings
from ..timing import times_only
from ..training import (STEP_CALLS, reaches_no_training_step, model_classes, starts_program, takes_no_training_step, takes_training_step, training_functions,
                        trains_nothing)
from ..variation import (SeedUse, calls_by_function, in_search_section, in_seed_search, invocation_seeds, is_switch,
                         loop_values, model_per_seed, one_value_loops, option_aliases, option_defaults, option_field, option_name,
                         reads_loop_variable, schedule_loop, seed_loops, seed_uses, spread_parameters, sweeps_for)
from . import SHELL, Hit, check

_CONFIG_WORDS = {"cfg", "config", "configs", "conf", "config_file", "config_path", "yaml", "exp", "experiment"}
_STAGE = re.compile(r"(?<![a-z])(?:prep|process|download|eval|test|infer|predict|plot|vis|collect|aggregat|summar|analy|extract|"
                    r"convert|export|setup|install|generate|split|feature|find|search|tune|gather|report|score|demo|"
                    r"(?<!cross_)(?<!cross-)validat)",
                    re.IGNORECASE)  # at a word's start: `finetune` trains; `cross_validate` trains a model per fold
# what a run does instead of training (`--eval`, `--render_only`, `main.py predict`), also said with `_only`
_NOT_TRAINING = re.compile(r"^(?:(?:eval|evaluate|validate|test|inference|predict|demo|visuali[sz]e|export|render|"
                           r"rendering)(?:_only)?|h|help|version)$")
_FIXED = ("literal", "constant", "default")
# callees and seed arguments that fix the data rather than the training run (a split, an imputer, an oversampler,
# the subsets a learning curve draws, a permutation test's shuffles)
# ... and a Keras data iterator (`flow_from_directory(..., seed=42)`): its seed shuffles and augments the data, and keeps
# an image stream and its mask stream in step
_DATA_SEED_CALL = re.compile(r"split|fold|sampl|shuffle|^make_[a-z]+$|dataset|imput|smote|adasyn|learning_curve|permutation|"
                             r"^mutual_info_|^flow(?:_from_\w+)?$", re.IGNORECASE)
DATA_SEED_KEY = re.compile(r"split|data|fold|sampl|shuffle|partition", re.IGNORECASE)


# -- comparisons -----------------------------------------------------------------------------------
# a loop header that counts passes (`range(n)`, `tqdm(range(n))`, `trange(n)`)
_COUNTED = re.compile(r"^\s*(?:\w+\.)*(?:tqdm\s*\(\s*(?:\w+\.)*)?(?:range|trange)\s*\(")
# what a loop over data yields or reads: batches from a data loader
_BATCH_WORDS = {"batch", "batches", "minibatch", "minibatches", "loader", "loaders", "dataloader", "dataloaders"}


def _single_draw_training(facts: FileFacts, loop: Loop, call: Call, trainers: frozenset[str]) -> bool:
    """A training call in `loop` (one that says so, or a call of one of the file's `trainers`: see
    training_functions) that is not repeated by a run-count loop nested inside it: repeats of one setting
    continue the random stream, so each setting gets several draws, not one. A switch into training mode
    (`head.train()`) trains nothing by itself: it counts only in a loop whose body also takes a training step
    (`loss.backward()`, `opt.step()`, a fit), not in one that readies models a later loop trains together."""
    if not (is_train(call) or call.qualname in trainers or fits(call, facts)) or loop.id not in call.ctx.loops or any(
            i != loop.id and loop.id in facts.loops[i].ctx.loops and repeat_loop(facts.loops[i]) for i in call.ctx.loops):
        return False
    return fits(call, facts) or not mode_switch(call) or any(
        fits(c, facts) or c.qualname.rsplit(".", 1)[-1] in STEP_CALLS | {"backward"} for c in facts.calls_in(loop.id))


def loop_comparison(facts: FileFacts, seeded: dict[int, Loop], trainers: frozenset[str], lines: list[str],
                    imported: frozenset[str] = frozenset()) -> Loop | None:
    """A loop over models/methods/optimisers whose body trains once per setting, outside every seed loop and
    repeat loop. A loop over one written item (`for name in ["t5-base"]`) compares nothing, nor does one whose
    results are only pooled into one measure (see pooled_results)."""
    passed_over: dict[int, bool] = {}  # asked at most once per loop, and only as far as the loops are read

    def candidates():
        for loop in facts.loops:
            if loop.id not in passed_over:
                passed_over[loop.id] = loop.kind == "while" or loop.id in seeded or inside_loops(loop.ctx.loops, seeded) \
                    or _one_item(loop, facts) or _fits_own_members(loop, facts) or pooled_results(loop, facts, lines) \
                    or _scores_checkpoints(facts, loop, trainers) or _copies_of_one_model(loop, facts, lines)
            if not passed_over[loop.id]:
                yield loop
    for loop in candidates():
        iterable = _unquoted(loop.iter.text) if loop.iter is not None else ""
        if _COUNTED.match(iterable):  # `range(optimizer_args["num_itr"])`, `range(model.k)`: the dict or object
            iterable = re.sub(r"\w+(?=\s*\[)|\w+\.(?=\w)", "", iterable)  # holding a count names no model
        named = " ".join(loop.targets) + " " + iterable
        if not modelish(named) or words(named) & _BATCH_WORDS or counts_things(iterable.rpartition(".")[2]):
            continue  # `for model_batch in train_loader`: batches of data, whatever model word their names carry;
            # `for estimator in n_estimators`: the values of a count, one setting of one model
        if any(repeat_loop(facts.loops[i]) for i in loop.ctx.loops):
            continue
        if any(_single_draw_training(facts, loop, call, trainers) for call in facts.calls_in(loop.id)) and \
                not _over_fresh_data(facts, loop):
            return loop
    for loop in candidates():  # a comprehension too: `{name: train(**cfg) for name, cfg in configs.items()}`
        if parameterises_training(facts, loop, trainers, imported) and not _over_fresh_data(facts, loop):
            return loop
    return None


def _copies_of_one_model(loop: Loop, facts: FileFacts, lines: list[str]) -> bool:
    """The loop runs over models one comprehension built as copies of one constructor call (`members = [Net(width=128)
    for _ in range(n_members)]`): the members of an ensemble, or replicates, trained alike; no rivals."""
    if loop.iter is None or not _read_name(loop):
        return False
    for assign in _bound_collections(facts, loop):
        if not assign.value.text.startswith("["):
            continue
        end = next((last for first, last in facts.statements if first == assign.line), assign.line)
        statement = "\n".join(lines[assign.line - 1:end]).partition("=")[2].strip()  # uncut, unlike the facts' text
        copies = _COPIES.match(statement)
        if copies and not re.search(rf"\b{re.escape(copies[2])}\b", copies[1]):
            return True
    return False


# `[Model(...) for i in range(n)]`: one constructor (group 1) over a counter (group 2) of a range
_COPIES = re.compile(r"^\[\s*([A-Za-z_][\w.]*\((?:(?!\bfor\b).)*\)(?:\.to\([^()]*\)|\.cuda\(\))?)\s+for\s+(\w+)\s+in\s+"
                     r"range\([^()]*\)\s*\]$", re.DOTALL)


def _scores_checkpoints(facts: FileFacts, loop: Loop, trainers: frozenset[str]) -> bool:
    """Each pass loads trained weights into the model (`model.load_state_dict(torch.load(path))`) and nothing in the
    loop trains that model or steps an optimiser: the loop scores checkpoints trained elsewhere, whatever it fits on
    their outputs (a clustering-based metric's `dca.fit(embeddings)`), so its seed fixes the scoring, not a run. A
    model that a training call of the same pass returned (`head, acc = train_head(...)`, then its best epoch's weights
    loaded back) was trained here."""
    inside = facts.calls_in(loop.id)
    loaded = {name for c in inside if c.qualname.rpartition(".")[2] in ("load_state_dict", "load_weights")
              and (name := c.qualname.rpartition(".")[0]).isidentifier()}
    if not loaded:
        return False  # (a model only started from a checkpoint, `from_pretrained(name)`, is fine-tuned from it)
    if any((c.qualname in trainers or is_train(c)) and loaded & set(c.targets) for c in inside):
        return False
    # the loaded model, and what the loop builds around it (`Trainer(model=model)`)
    holders = loaded | {t for c in inside if any(set(a.names) & loaded for a in (*c.args, *c.kwargs.values()))
                        for t in c.targets}
    trains_loaded = any(fits(c, facts) and (c.qualname.rpartition(".")[0] in holders or any(
        set(a.names) & holders for a in (*c.args, *c.kwargs.values()))) for c in inside)
    steps = any(c.qualname.rpartition(".")[2] in ("backward", "step", "apply_gradients", "minimize") for c in inside)
    return not trains_loaded and not steps


def _fits_own_members(loop: Loop, facts: FileFacts) -> bool:
    """A loop in the `fit` of a model class the file defines, over what the object holds (`for clf in
    self.classifiers:` in a hand-written voting ensemble): the members of one model fitted, no models compared."""
    owner, _, method = loop.ctx.func.rpartition(".")
    return method in ("fit", "partial_fit") and own_model_class(owner, facts) and loop.iter is not None \
        and loop.iter.text.startswith("self.")


def _unquoted(text: str) -> str:
    """The code with its string literals blanked: the names it reads, not the words its strings hold."""
    return re.sub(r"""(['"]).*?\1""", " ", text)


def _over_fresh_data(facts: FileFacts, loop: Loop) -> bool:
    """The compared loop sits inside a loop that draws the trained data anew on each pass (a simulation's
    replicates): see data_drawn_each_pass."""
    fits = [c for c in facts.calls_in(loop.id) if is_train(c)]
    return bool(loop.ctx.loops) and data_drawn_each_pass(facts, set(loop.ctx.loops), fits)


def _one_item(loop: Loop, facts: FileFacts) -> bool:
    """The loop runs over one literal item, written in its header or bound to the name it reads."""
    values, count = loop_values(loop, facts, [], [])
    return count == 1 and len(values) == 1


def _call_names(call: Call) -> set[str]:
    return {n for a in (*call.args, *call.kwargs.values()) for n in a.names}


def _literal_collection(facts: FileFacts, loop: Loop, imported: frozenset[str] = frozenset()) -> bool:
    """A list, tuple or dict written in the code (in the loop's header, or bound to the name the loop reads, before
    the loop and in its function or at module level, by every binding that may reach it), its items literals or not
    (a list of settings dicts)."""
    if _written_collection(loop.iter) or _listed_option(facts, loop) or _read_name(loop) in imported:
        return True
    paired = _zipped(loop.iter.text) if loop.iter is not None else None
    if paired:  # `for label, param in zip(labels, params)`: settings written in lists side by side
        return all(arg.startswith(("[", "(")) or _written_name(facts, loop, arg) for arg in paired)
    return _written_name(facts, loop)


def _written_name(facts: FileFacts, loop: Loop, name: str | None = None) -> bool:
    """Every binding of the name the loop reads (or of `name`) that may reach it is a written collection."""
    bound = _bound_collections(facts, loop, name)
    return bool(bound) and all(_written_collection(a.value) for a in bound)


def _zipped(text: str) -> list[str] | None:
    """The arguments of a `zip(...)` header (`zip(labels, params)`: labels, params), split at its top-level commas;
    None for another header."""
    match = re.fullmatch(r"zip\((.*)\)", text.strip(), re.DOTALL)
    if match is None:
        return None
    args, depth, current = [], 0, ""
    for char in match[1]:
        depth += char in "([{" and 1 or char in ")]}" and -1 or 0
        if char == "," and depth == 0:
            args.append(current.strip())
            current = ""
        else:
            current += char
    args.append(current.strip())
    return [a for a in args if a]


def _listed_option(facts: FileFacts, loop: Loop) -> bool:
    """The loop reads a list-valued option of the file (`for variant in args.variants:` with
    `add_argument("--variants", nargs="+", default=["a", "b"])`) whose default is a list written in the code, in the
    call or bound to the name it gives: a run without the option loops over the written settings."""
    attribute = re.fullmatch(r"[A-Za-z_]\w*\.(\w+)", loop.iter.text.strip()) if loop.iter is not None else None
    if attribute is None:
        return False
    for call in facts.calls:
        nargs, default = call.kwargs.get("nargs"), call.kwargs.get("default")
        if call.qualname.rsplit(".", 1)[-1] not in _OPTION_CALLS or nargs is None or nargs.value not in ("+", "*") \
                or default is None or option_name(call) != attribute[1]:
            continue
        if _written_collection(default):
            return True
        bound = [a for a in facts.assigns if a.ctx.func == "" and any(t.text == default.text for t in a.targets)]
        return bool(bound) and all(_written_collection(a.value) for a in bound)
    return False


def _read_name(loop: Loop) -> str:
    """The name a loop reads its items from (`variants` in `for name, lr in variants.items()`)."""
    return re.sub(r"\.(?:items|values|keys)\(\)$", "", re.sub(r"^enumerate\((.*)\)$", r"\1", loop.iter.text.strip()))


def imported_collections(facts: FileFacts, project) -> frozenset[str]:
    """Names this file imports from a project module (`from config import VARIANTS`) that the module binds at module
    level to a written collection only: the settings a loop over them compares, written in that module."""
    return frozenset(local for local, bound in imported_bindings(facts, project).items()
                     if all(_written_collection(a.value) for a in bound))


def _bound_collections(facts: FileFacts, loop: Loop, name: str | None = None) -> list[Assign]:
    """The bindings of the name the loop reads (`decoders` in `for name, decoder in decoders.items()`), or of `name`,
    that may reach it: the last one, before the loop and in its function or at module level, that no branch the loop
    is outside of holds, and those after it (`regs = [...]`, then `if no_reg: regs = [0.0]`)."""
    if name is None:
        name = _read_name(loop)
    found = sorted((a for a in facts.assigns if a.line < loop.line and a.ctx.func in ("", loop.ctx.func)
                    and any(t.text == name for t in a.targets)), key=lambda a: a.line)
    settled = [i for i, a in enumerate(found) if set(a.ctx.conds) <= set(loop.ctx.conds)]
    return found[settled[-1]:] if settled else found


def _written_collection(expr: Expr) -> bool:
    """A list, tuple or dict display: of literals, or of other items written out one by one (settings dicts), not
    one computed by a comprehension (`[10 ** t for t in range(-5, -1)]`, a grid of values)."""
    return expr.kind in ("list", "dict") or expr.kind == "other" and expr.text.lstrip().startswith(("[", "(")) \
        and not re.search(r"\bfor\b.+\bin\b", expr.text)


def parameterises_training(facts: FileFacts, loop: Loop, trainers: frozenset[str],
                           imported: frozenset[str] = frozenset()) -> bool:
    """A loop over settings (configs, ablations, methods: dicts, strings or tuples) whose items reach a training
    call in its body, directly or through what a call built from them (`model = build(cfg); train(model)`); a
    loop over data, counts or repeats is none."""
    if loop.iter is not None and _calls_listed_trainers(facts, loop, trainers):
        return True  # the items are the methods themselves, whatever the loop calls them (`for name, run in ...`)
    if loop.iter is None or any(is_count_name(n) for n in (*loop.targets, *loop.iter.names)) \
            or re.match(r"^(?:range|enumerate\(range)\(", loop.iter.text):
        return False
    roles = _loop_words(loop) & (DATA_WORDS | BOOKKEEPING_WORDS)
    if roles and not _starts_from_items(facts, loop, roles):
        return False
    if not _literal_collection(facts, loop, imported) or _indexes_data(facts, loop):
        return False  # batches, examples, files, folds: not a list of settings written in the code
    reach = {t for target in loop.targets for t in re.findall(r"\w+", target)}
    for assign in facts.assigns:  # one hop: objects the loop's items are written into (`run_cfg["lr"] = lr`)
        if loop.id in assign.ctx.loops and set(assign.value.names) & reach:
            reach |= {m[0] for t in assign.targets if (m := re.match(r"[A-Za-z_]\w*", t.text))}
    chosen = _branches_on(facts, loop, reach)
    reach |= {m[0] for a in facts.assigns if set(a.ctx.conds) & chosen
              for t in a.targets if (m := re.match(r"[A-Za-z_]\w*", t.text))}
    body = [c for c in facts.calls_in(loop.id) if not c.qualname.endswith(("backward", ".step"))]
    for call in sorted(body, key=lambda c: c.line):  # names built from the loop's items, or that they are merged into
        if ((_call_names(call) | set(call.spread)) & reach or set(call.ctx.conds) & chosen) and not is_train(call):
            reach |= set(call.targets)
            receiver, _, method = call.qualname.rpartition(".")
            if method in _MERGES and receiver.isidentifier():
                reach.add(receiver)  # `params.update(setting)`: the dict now holds the item
    return any(_single_draw_training(facts, loop, c, trainers)
               and ((_call_names(c) | set(c.spread)) & reach or c.qualname.split(".")[0] in reach) for c in body)


# a loop over checkpoints (`for ckpt in [...]`) keeps the books, unless each pass starts a model from its item
_START_WORDS = {"ckpt", "checkpoint"}
# a loop over names or paths (`for name in [...]`) keeps the books too, unless each pass loads a model's weights from
# its item (`from_pretrained(name)`): the hub's or the disk's names of the models compared
_LOADED_WORDS = {"name", "path", "id"}
_STARTS_FROM = {"from_pretrained", "load_state_dict", "load_from_checkpoint"}


def _starts_from_items(facts: FileFacts, loop: Loop, roles: set[str]) -> bool:
    """The loop's bookkeeping words (`ckpt`, `name`) name what each pass starts its model from: see
    _initialised_from_items; a name or a path counts only when a weight loader reads it."""
    if roles <= _START_WORDS:
        return _initialised_from_items(facts, loop)
    return roles <= _START_WORDS | _LOADED_WORDS and _initialised_from_items(facts, loop, loaders_only=True)


def _initialised_from_items(facts: FileFacts, loop: Loop, loaders_only: bool = False) -> bool:
    """Each pass builds its model from the loop's item: a pretrained checkpoint loaded (`from_pretrained(ckpt)`,
    `load_state_dict(torch.load(ckpt))`) or, unless `loaders_only`, a model class given it
    (`ClassificationModel("roberta", ckpt)`): the checkpoints are the starting points compared, each fine-tuned in
    turn."""
    items = {t for target in loop.targets for t in re.findall(r"\w+", target)}
    def starts_from(name: str) -> bool:
        return name in _STARTS_FROM or not loaders_only and name[:1].isupper()
    return any(starts_from(c.qualname.rsplit(".", 1)[-1]) and items & {n for a in (*c.args, *c.kwargs.values())
                                                                   for n in a.names} for c in facts.calls_in(loop.id))


def _branches_on(facts: FileFacts, loop: Loop, items: set[str]) -> set[int]:
    """The branches in the loop's body that test one of its items (`if option == "full": model = Net()`, with their
    `else` sides): what they build is built from the item, whichever call or value builds it."""
    return {b.id for b in facts.branches if loop.id in b.ctx.loops and set(b.test.names) & items}


def _indexes_data(facts: FileFacts, loop: Loop) -> bool:
    """The loop's items are only used to pick data (`train_loaders[fold]`, `splits[k]`, `X_folds[i]`): a loop over
    folds or splits of the data, each trained on, not over settings."""
    targets = [t for t in loop.targets if t.isidentifier()]
    if not targets:
        return False
    item = "|".join(map(re.escape, targets))
    uses = [a.text for c in facts.calls_in(loop.id) for a in (*c.args, *c.kwargs.values())
            if set(a.names) & set(targets) and a.kind != "fstring"]  # a run's name (`f"run{fold}"`) picks nothing
    picked = [m[1] for text in uses for m in re.finditer(rf"([A-Za-z_][\w.]*)\[\s*(?:{item})\s*\]", text)]
    return bool(picked) and len(picked) == sum(len(re.findall(rf"\b(?:{item})\b", text)) for text in uses) and all(
        words(name.rsplit(".", 1)[-1]) & (DATA_WORDS | _BATCH_WORDS | SPLIT_WORDS) for name in picked)


# methods that merge what they are given into their object (`params.update(setting)`, `cfg.merge_from_list(opts)`), or
# build it into a model (`model.add(Dropout(rate))`, `layers.append(...)`, `model.compile(optimizer=SGD(lr))`)
_MERGES = {"update", "merge_from_list", "merge_from_dict", "merge", "set_params", "extend", "add", "append",
           "add_module", "compile"}


def _calls_listed_trainers(facts: FileFacts, loop: Loop, trainers: frozenset[str]) -> bool:
    """The loop's items are the file's training functions, two or more, written as they are or wrapped in lambdas
    (`for name, run in [("flaml", run_flaml), ("gluon", lambda: run_gluon(X, y))]:`), and its body calls the item
    (`preds = run()`): each pass trains another method, a comparison whatever the items are called."""
    if not _literal_collection(facts, loop):
        return False
    written = [loop.iter] if _written_collection(loop.iter) else [a.value for a in _bound_collections(facts, loop)]
    listed = {name for expr in written for name in expr.names if name in trainers}
    return len(listed) > 1 and any(c.qualname in loop.targets for c in facts.calls_in(loop.id))


# the hardware a run is spread over: a loop over these (`for n_gpus in 1 2 4`) times one run at several sizes
_DEVICE_WORDS = {"gpu", "gpus", "device", "devices", "cuda", "nodes", "nproc", "world", "workers", "worker", "cpus", "cores"}

# a model hub's name for a model (`unsloth/Llama-3.2-1B-Instruct`, `google/flan-t5-base`): one owner and one name,
# no file suffix; under an option that sets the model it names the model, not a file of the project
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$(?<!\.yaml)(?<!\.yml)(?<!\.json)(?<!\.py)(?<!\.pt)(?<!\.pth)(?<!\.ckpt)"
                     r"(?<!\.bin)(?<!\.txt)(?<!\.csv)")
# a value naming a file: two runs differ through what the files hold, read only where they are in the project
_FILE_SUFFIX = re.compile(r"\.(?:ya?ml|json|py|pth?|ckpt|bin|txt|csv)$")
_FILE_VALUE = re.compile(rf"[/\\]|{_FILE_SUFFIX.pattern}")


def _other_model_folders(first: str, second: str) -> bool:
    """Two folders of pretrained weights given to an option named for the model (`--model_name ./roberta-base`
    beside `./bert-base-uncased`, a local copy of each hub model), whose last parts differ in their words: other
    models. Folders that differ only in a number (`ckpt/epoch_10`, `ckpt/epoch_20`) are one training's stages."""
    names = [PurePosixPath(v.strip("'\"").rstrip("/")).name for v in (first, second)]
    return not any(_FILE_SUFFIX.search(n) for n in names) and _name_words(names[0]) != _name_words(names[1])


def _name_words(name: str) -> frozenset[str]:
    """A folder name's words but its numbers (`clip-vit-base-patch32`: clip, vit, base, patch32)."""
    return frozenset(t for t in name_tokens(name) if not t.isdigit())


# what an item of a loop over several values per pass is shown as (`for label, color, setting in [...]`)
_DISPLAY_TARGETS = {"name", "label", "title", "color", "colour", "marker", "style", "legend", "linestyle", "ls"}


def _loop_words(loop: Loop) -> set[str]:
    """The role words of a loop's variables and what it reads (quoted text left out); `name` beside another word
    (`for loss_name in args.losses`) names an item of that kind, not a run's name, and a loop that unpacks several
    values per pass shows its item under a label, a name or a colour (`for label, color, setting in [...]`, also
    zipped from lists of them: `zip(labels, params)`)."""
    targets = [t for t in loop.targets if len(loop.targets) == 1 or t.lower() not in _DISPLAY_TARGETS]
    read = loop.iter.text
    if (paired := _zipped(read)) and len(paired) > 1:  # `zip(labels, params)`: the labels only show each setting
        read = " ".join(arg for arg in paired if arg.lower().rstrip("s") not in _DISPLAY_TARGETS)
    tokens = role_words(" ".join(targets) + " " + _unquoted(read))
    return tokens - {"name"} if len(tokens) > 1 else tokens


def names_config_file(key: str) -> bool:
    """An option or key that names a config file (`--config`, `--cfg_path`), read by its last dotted part: a dotted
    override (`--config.model.dropout.variant=…`, absl and ml_collections style) sets one field of the config, a
    setting like any other."""
    return bool(words(key.rpartition(".")[2]) & _CONFIG_WORDS)


def _settings_compared(a: dict[str, object], b: dict[str, object], project, chosen: frozenset[str] = frozenset()) -> bool:
    """Two runs, described by their settings, compare configurations: on the same data, they differ in a
    setting that changes the trained model (directly, or through the config files they name). Keys in `chosen` are
    settings whatever their name (see _choosing_parameters)."""
    differing = [k for k in set(a) | set(b) if differs(a, b, k)]
    if any(setting_role(k) == "data" and k not in chosen for k in differing):
        return False  # other data: the runs are not two sides of one comparison
    for key in differing:
        if setting_role(key) != "setting" and key not in chosen:
            continue
        if key not in a or key not in b or not names_config_file(key) and not _FILE_VALUE.search(str(a[key])) \
                or all(_HUB_ID.match(str(v).strip("'\"")) for v in (a[key], b[key])) \
                or modelish(key) and _other_model_folders(str(a[key]), str(b[key])):
            return True
        config_a, config_b = merged_settings(project, str(a[key])), merged_settings(project, str(b[key]))
        if config_a is not None and config_b is not None and _settings_compared(config_a, config_b, project):
            return True
    return False


def resolved_options(invocation: Invocation) -> dict[str, str]:
    """The launch's options with each variable of an enclosing one-value shell loop read as its value
    (`for gl in True; do … --gl $gl` passes True)."""
    fixed = {ref: values[0] for ref, values in invocation.loop_values.items() if len(values) == 1}
    if not fixed:
        return invocation.options
    pattern = re.compile(r"\$\{?(" + "|".join(map(re.escape, fixed)) + r")\b\}?")
    return {k: pattern.sub(lambda m: fixed[m.group(1)], v) for k, v in invocation.options.items()}


# a switch that makes a launch a trial of the program rather than a run of it: `--debug`, `--smoke_test`,
# `--sanity_check`, `--dry_run`, `--fast_dev_run`, `--quick_test`
_TRIAL_SWITCHES = ({"debug"}, {"debugging"}, {"smoke"}, {"sanity"}, {"dry", "run"}, {"dryrun"}, {"fast", "dev", "run"},
                   {"quick", "test"})


def _trial_launch(options: dict[str, str]) -> bool:
    """The launch switches its program into a debug or smoke-test mode (a trial switch given bare or on)."""
    return any(str(value).strip("'\"").lower() in _ON and
               any(switch <= set(name_tokens(key)) for switch in _TRIAL_SWITCHES) for key, value in options.items())


def differs_in_model(a: Invocation, b: Invocation, project) -> bool:
    """Two launches of one program that compare configurations (an option, or the configs they name), each
    option read under the program's own name for it (`-t cola` sets --task: other data, not another model). A
    data option one of them gives and the other leaves out, given a value other than the program's own default
    for it (`--task roles` where the program reads `chunks` unless told), runs the two on other data. A launch
    switched into a debug or smoke-test mode beside one that is not (`--debug --head 1000` next to the full run)
    tries the program out: it is no side of a comparison."""
    aliases = launched_aliases(a, project)
    places = _argv_names(a, project)
    first = {**_named(resolved_options(a), aliases), **_placed(a, places)}
    second = {**_named(resolved_options(b), aliases), **_placed(b, places)}
    if _trial_launch(first) != _trial_launch(second):
        return False
    program = _launched_program(a, project)
    defaults = _launched_defaults(program, project)
    for key in set(first) ^ set(second):
        given = str(first.get(key, second.get(key))).strip("'\"")
        if setting_role(key) == "data" and key in defaults and given and given != defaults[key]:
            return False
    if program is not None and any(first.get(k) != second.get(k) and _picks_files(k, program, project)
                                   for k in set(first) | set(second)):
        return False  # other data under a name of its own (`--drug_group 2` picks `split_group2.pickle`)
    chosen = project.per_file("sa101-model-ranks", program, _model_ranks) if program else frozenset()
    return _settings_compared(first, second, project, chosen)


# where a distributed run's own process rank goes: the process group, its device, its share of the data
_DISTRIBUTED_USE = re.compile(r"distributed|process_group|\bdist\.|set_device|Sampler|DistributedDataParallel|DDP|"
                              r"barrier|cuda|device", re.IGNORECASE)


def _model_ranks(program: FileFacts, project) -> frozenset[str]:
    """The program's options named for a rank that it hands only to other calls than a distributed run's (`rank =
    args.rank`, then `get_peft_model(model, r=rank)`: a low-rank adapter's rank, a setting of the model), not to a
    process group, a device or a data sampler."""
    ranks = {name for name in _option_spellings(program, project).values() if "rank" in name_tokens(name)}
    found = set()
    for name in ranks:
        bound = {t.text for a in program.assigns if re.search(rf"\.{re.escape(name)}\b", a.value.text)
                 for t in a.targets if t.kind == "name"}
        uses = [c for c in program.calls if any(re.search(rf"\.{re.escape(name)}\b", arg.text) or set(arg.names) & bound
                                                for arg in (*c.args, *c.kwargs.values()))]
        if uses and not any(_DISTRIBUTED_USE.search(c.qualname + " " + " ".join(c.kwargs)) for c in uses):
            found.add(name)
    return frozenset(found)


# calls that read a file the program is handed by path
_OPENS = re.compile(r"^(?:open|load|loadtxt|genfromtxt|read_\w+|load_\w+|imread|fromfile)$")


def _picks_files(key: str, program: FileFacts, project) -> bool:
    """See _reads_only_to_open; once per program, option and pass (every pair of launches asks it of every option)."""
    memo = ("sa101-picks-files", program.path, key)
    if memo not in project.memo:
        project.memo[memo] = _reads_only_to_open(key, program, project)
    return project.memo[memo]


def _reads_only_to_open(key: str, program: FileFacts, project) -> bool:
    """The launched program (with the project modules it imports) reads the option `key` only to name a file it
    opens (`open(os.path.join(root, "split_group{}.pickle".format(args.drug_group)))`), besides strings it builds
    (a run's name) and what it prints: the option picks data, whatever it is called, unless its name is a model's
    (`--arch` naming the checkpoint to load)."""
    if role_words(key.rpartition(".")[2]) & (MODEL_WORDS | LAYER_WORDS) or names_config_file(key):
        return False  # `--arch` naming the checkpoint it loads picks a model, not data; `--config` its settings
    read = re.compile(rf"\.{re.escape(key)}\b")
    opened_lines, others = set(), []
    for module in (program, *imported_modules(program, project)):
        for call in module.calls:
            if any(read.search(arg.text) for arg in (*call.args, *call.kwargs.values())):
                if _OPENS.match(call.qualname.rpartition(".")[2]):
                    opened_lines.add((module.path, call.line))
                elif call.qualname not in ("print", "logging.info") and not call.qualname.endswith((".info", ".format")):
                    others.append((module.path, call.line))
        if any(read.search(a.value.text) and not re.match(r"""^[fFrRbB]*['"]""", a.value.text.lstrip())
               and not a.value.text.rstrip(")").split("(")[0].endswith(".format")
               and not (a.value.kind == "call" and _OPENS.match((a.value.qualname or "").rpartition(".")[2]))
               for a in module.assigns):
            return False  # bound to a name the program may read as a setting (not a string, nor what a file held)
    return bool(opened_lines) and all(place in opened_lines for place in others)


# a program's positional argument read by its place: `model_name = sys.argv[1]`, `arch = str(sys.argv[2])`
_ARGV_ITEM = re.compile(r"^(?:\w+\()?(?:sys\.)?argv\[(\d+)\]\)?$")  # `from sys import argv` reads `argv[1]`


def _argv_names(invocation: Invocation, project) -> dict[int, str]:
    """Place → the name the launched project program binds that positional argument to (`model_name = sys.argv[1]`);
    {} when the program is not one project file."""
    code = _launched_program(invocation, project)
    if code is None:
        return {}
    return project.per_file("sa101-argv-names", code, _argv_bindings)


def _argv_bindings(facts: FileFacts, _project) -> dict[int, str]:
    """Place → name for each `name = sys.argv[i]` of a file, unpacked ones included (`family, ckpt = argv[1], argv[2]`)."""
    out: dict[int, str] = {}
    for a in facts.assigns:
        names = [n for t in a.targets for n in ([t.text] if t.kind == "name" else t.names if t.kind in ("tuple", "other") and "," in t.text else [])]
        items = a.value.text.replace(" ", "").strip("()").split(",") if len(names) > 1 else [a.value.text.replace(" ", "")]
        if len(items) != len(names):
            continue
        out |= {int(m[1]): name for name, item in zip(names, items) if (m := _ARGV_ITEM.match(item))}
    return _tested_places(facts) | out


# a branch on a positional argument read in place: `if sys.argv[1] == "Rotation1":`, `elif argv[2] == "CIFAR":`
_ARGV_TEST = re.compile(r"""^\(?\s*(?:sys\.)?argv\[(\d+)\]\s*==\s*['"]""")


def _tested_places(facts: FileFacts) -> dict[int, str]:
    """Place → a name for a positional argument that the program tests against string literals in place (an
    `if`/`elif` chain on `sys.argv[1]`): `dataset` where an arm loads data (`datasets.CIFAR10(...)`, a
    `DataLoader`), else a setting the arms choose (`argv1`)."""
    arms: dict[int, list[int]] = {}
    for branch in facts.branches:
        if not branch.negated and (m := _ARGV_TEST.match(branch.test.text)):
            arms.setdefault(int(m[1]), []).append(branch.id)
    out = {}
    for place, ids in arms.items():
        inside = [c for c in facts.calls if set(c.ctx.conds) & set(ids)]
        loads = any(set(c.qualname.split(".")[:-1]) & DATA_WORDS or c.qualname.endswith("DataLoader") for c in inside)
        out[place] = "dataset" if loads else f"argv{place}"
    return out


def _placed(invocation: Invocation, places: dict[int, str]) -> dict[str, str]:
    """A launch's positional arguments under the names its program reads them as; the others are left out."""
    return {places[i]: value for i, value in enumerate(invocation.positionals, start=1) if i in places}


def _launched_program(invocation: Invocation, project) -> FileFacts | None:
    """The one project Python file a launch runs; None when it runs none of the project's, or several."""
    files = _files([invocation], project)
    code = project.files.get(next(iter(files))) if len(files) == 1 else None
    return code if isinstance(code, FileFacts) else None


def _launched_defaults(code: FileFacts | None, project) -> dict[str, str]:
    """The literal scalar defaults of a project file's options (see option_defaults), as text, once per file and
    pass (every pair of launches of a program asks); {} for no Python file of the project."""
    if code is None:
        return {}
    return project.per_file("sa101-program-defaults", code, lambda f, _: {
        name: str(value) for name, value in option_defaults(f, ("str", "int", "float")).items()})


def launched_aliases(invocation: Invocation, project) -> dict[str, str]:
    """The spellings of the options of the project file a launch runs (see option_aliases); {} when the file is
    not the project's or not one file."""
    code = _launched_program(invocation, project)
    return _option_spellings(code, project) if code is not None else {}


def _program_aliases(path: str, project) -> dict[str, str]:
    """The option spellings of one project file (see option_aliases); {} when it is not a Python file there."""
    code = project.files.get(path)
    return _option_spellings(code, project) if isinstance(code, FileFacts) else {}


def _option_spellings(code: FileFacts, project) -> dict[str, str]:
    """option_aliases of a project file, once per file and pass (every pair of launches asks it)."""
    return project.per_file("sa101-option-aliases", code, lambda f, _: option_aliases(f))


def varies_setting(invocation: Invocation) -> bool:
    """One launch line that runs several configurations: a setting fed by a shell loop over two or more
    values (`for a in 0 1 2 3; do python train.py --ablation $a`), unless the loop's own name says it varies how
    a run is spread (`for n_gpus in 1 2 4`), or swept by a Hydra multirun (`-m model.head=mlp,linear`). A loop whose
    variable also names the launch's data (`--domain_pair ${src}-${tgt}`) runs over data sets: an option built from
    it as well (`--input_file prepared/${src}-${tgt}.txt`) follows the data, it compares no configurations. So does
    a loop or hand-switched variable named for the data itself (`CORPUS="marsh"` with the other corpora commented
    out, fed to `--config configs/tagger_${CORPUS}.json`): each value is another data set's run."""
    data_refs = {ref for name, value in invocation.options.items() if setting_role(name) == "data"
                 for ref in invocation.loop_values if reads_loop_variable(value, ref)}
    data_refs |= {ref for ref in invocation.loop_values if setting_role(ref) == "data"}
    for name, value in invocation.options.items():
        if setting_role(name) != "setting" or names_config_file(name):
            continue
        if _multirun_sweep(invocation, value):
            return True
        for ref, values in invocation.loop_values.items():
            if reads_loop_variable(value, ref) and len(values) != 1 and not words(ref) & _DEVICE_WORDS and ref not in data_refs:
                return True  # a loop named for devices (`for n_gpus in 1 2 4; do … --parts $n_gpus`) spreads one run
    return False


def _multirun_sweep(invocation: Invocation, value: str) -> bool:
    """An override a Hydra multirun runs at two or more values (`a,b`, `range(1,4)`, `choice(a,b)`); a bracketed
    or quoted value is one list or string, not a sweep."""
    text = value.strip()
    return "multirun" in invocation.options and not text.startswith(("[", "{", "'", '"')) and len(hydra_values(text)) >= 2


def trains(invocation: Invocation, program: FileFacts | None = None) -> bool:
    """Not an evaluation, test or demo run of a trained model: an evaluation switch given and not turned off
    (`--eval`, `--test_only True`, but not `--eval False`), training turned off (`--train False`,
    `--do_train 0`), a mode that names an evaluation (`--mode test`, `--phase inference`), a subcommand that
    does (`main.py test --config x.yaml`, `main.py predict`), or a bare switch that has a trained generator draw
    outputs (`--sample`, `--generate`, `--generation`; `--sample 0.1` is a share of the data, not the switch). An evaluation
    switch that the launched `program` reads only after it has trained (see tested_after_training) picks the
    split a training run reports, and the launch trains. A step switch (`--do_eval`, `--do_predict`) given without
    the training step's (`--do_train`) to a program that runs its training under such a switch is an evaluation
    run too: each step runs only when asked for; given with it (`--train --test`), the run trains and then tests.
    So is a launch that turns training off (`--no_train`) or gives it nothing to do (`--epochs 0`). A run under a profiler (`ncu -k kernel …`, `nsys profile …`,
    `python -m cProfile …`) times or traces the program: its product is a profile, not a result to rank; so is a
    run of a program that times its models itself (see times_only)."""
    if _NOT_TRAINING.match(subcommand(invocation)) or _PROFILED.search(invocation.text) \
            or program is not None and times_only(program) or _template(invocation):
        return False
    given = {name.lower().replace("-", "_") for name, value in invocation.options.items()
             if value.strip("'\"").lower() in _ON}
    if given & _EVAL_STEPS and not any(_TRAIN_SWITCH.match(key) for key in given) and _train_step_gated(program):
        return False
    # a program the project does not hold, named for training (`train.py`): a bare evaluation switch there asks it
    # to evaluate what it has just trained, as one the program reads after training does
    trainer = program is None and bool(_TRAINING_SCRIPT.match(PurePosixPath(program_name(invocation)).name))
    # a launch that turns training on (`--train --test`, `--do_train --do_eval`) trains, then evaluates what it trained
    asked = any(_TRAIN_SWITCH.match(key) for key in given)
    for name, value in invocation.options.items():
        key, said = name.lower().replace("-", "_"), value.strip("'\"").lower()
        if _NOT_TRAINING.match(key) and said not in _OFF and not (said in _ON and (
                trainer or asked or program is not None and tested_after_training(program, key, given))) \
                or _TRAIN_SWITCH.match(key) and said in _OFF \
                or (key in _MODE_KEYS or _mode_option(program, key)) and _NOT_TRAINING.match(said) \
                or _SAMPLING_SWITCH.match(key) and said in _ON and not _numeric_option(program, key) \
                or _NO_TRAIN_SWITCH.match(key) and said in _ON \
                or _LENGTH_KEYS.match(key) and said == "0" and not _another_phase(invocation):
            return False
    return True


def _template(invocation: Invocation) -> bool:
    """A usage line with a placeholder for what the run is (`--exp-config <path to the config>`, `--entry
    <test/vote>`, `--model <name>`): it shows how to call the program, it runs nothing. A placeholder only for where
    the data lives (`--dset_root <path/dataset/root>`) leaves a command the reader runs as written."""
    return any(modelish(key) or set(name_tokens(key)) & _WHAT_RUNS for key in _PLACEHELD.findall(invocation.text))


# an option whose value holds a placeholder (`<dataset path>`, `configs/<cfg_name>.yaml`), not a shell redirection
# (`< in.txt > out.txt` has spaces inside the brackets)
_PLACEHELD = re.compile(r"--?([A-Za-z][\w-]*)(?:\s+|=)[^\s<>]*<[^\s<>][^<>\n]*(?<=[^\s<>])>")
_WHAT_RUNS = {"config", "cfg", "conf", "entry", "mode", "action", "method", "arch", "task"}


def _mode_option(program: FileFacts | None, key: str) -> bool:
    """The program's option that picks what a run does, whatever it is called: its default is training (`--entry`
    defaulting to "train", so `--entry test` evaluates a checkpoint)."""
    return program is not None and str(option_defaults(program, ("str",)).get(key, "")).lower() in ("train", "training")


def _numeric_option(program: FileFacts | None, key: str) -> bool:
    """The program declares the option a number (`--sample` with `type=float`: a share of the clients or the data
    each round), so `--sample 1` gives all of it, not a switch that has a trained model draw samples."""
    return program is not None and any(
        c.qualname.rsplit(".", 1)[-1] == "add_argument" and option_name(c) == key
        and (kind := c.kwargs.get("type")) is not None and kind.text in ("float", "int") for c in program.calls)


# the length of a phase of training (`--progressive_epochs 8`, `--finetune_steps`), not of logging, saving or warm-up
_PHASE_LENGTH = re.compile(r"(?:^|_)(?:epochs?|steps|iters|iterations)$")
_NOT_A_PHASE = re.compile(r"(?:^|_)(?:log|logging|save|eval|print|ckpt|checkpoint|warmup|patience|val|valid|report)(?:_|$)")


def _another_phase(invocation: Invocation) -> bool:
    """The launch gives some other phase of training a length of its own (`--epochs 0 --progressive_epochs 8`): the
    zero empties one phase, the run still trains."""
    for name, value in invocation.options.items():
        key, said = name.lower().replace("-", "_"), value.strip("'\"")
        if not _LENGTH_KEYS.match(key) and _PHASE_LENGTH.search(key) and not _NOT_A_PHASE.search(key) \
                and re.fullmatch(r"\d+", said) and int(said) > 0:
            return True
    return False


# a profiler the command runs the program under, or a profiling module Python runs it with
_PROFILED = re.compile(r"^(?:[A-Za-z_]\w*=\S*\s+)*(?:ncu|nv-nsight-cu-cli|nsys|nvprof|rocprof|py-spy|scalene|kernprof|"
                       r"valgrind|perf\s+(?:stat|record))\s|\s-m\s+(?:cProfile|profile|line_profiler|memory_profiler|"
                       r"torch\.utils\.bottleneck)\s")
_TRAINING_SCRIPT = re.compile(r"^(?:train|training|finetune|fine_tune)(?:_\w+)?\.py$|^\w+_train\.py$")


def _train_step_gated(program: FileFacts | None) -> bool:
    """The program tests a training-step switch (`if args.do_train:`, `if opts.do_train and not opts.do_eval:`)."""
    return program is not None and any(re.search(r"""(?:\.|\[\s*['"])do_train(?:ing)?\b""", b.test.text)
                                       for b in program.branches)


def tested_after_training(program: FileFacts, switch: str, given: set[str] = frozenset()) -> bool:
    """The program tests the switch (`if args.test:`) only in branches of one scope that all start after a
    training call of that scope made outside them (`for epoch …: train()`, then `if args.test:` scores the test
    split): the run trains whether the switch is given or not. A branch on it before the training (`if args.test:
    load; evaluate; exit`), a training call under it (`if not args.test: fit()`) or under a branch on another
    switch the launch gives (`--no_train`: `if not opt.no_train: train_epoch(…)`), branches in several scopes or
    none at all leave the switch an evaluation run."""
    tested = [b for b in program.branches if _reads_option(b.test.text, switch)]
    scopes = {b.ctx.func for b in tested}
    if len(scopes) != 1:
        return False
    scope = scopes.pop()
    guarded = {b.id for b in program.branches if any(_reads_option(b.test.text, key) for key in {switch, *given})}
    trainings = [c.line for c in program.calls if c.ctx.func == scope and fits(c, program) and not guarded & set(c.ctx.conds)]
    return bool(trainings) and min(trainings) < min(b.line for b in tested)


def _reads_option(test: str, key: str) -> bool:
    """A branch test that ends reading the option `key` (`args.test`, `not opt.no_train`, `cfg["test"]`)."""
    return bool(re.search(rf"""(?:\.|\[\s*['"]){re.escape(key)}(?:['"]\s*\])?$""", test.strip()))


def subcommand(invocation: Invocation) -> str:
    """The word right after the program when it is no option (`main.py fit --config x.yaml` → fit), else ""."""
    words = invocation.text.split()
    at = next((i for i, w in enumerate(words) if w.endswith(invocation.program.rsplit(" ", 1)[-1])), None)
    following = words[at + 1] if at is not None and at + 1 < len(words) else ""
    return following.lower() if re.fullmatch(r"[A-Za-z_]+", following) else ""


_OFF = {"false", "0", "no", "off", "none"}
_ON = {"", "true", "1", "yes", "on"}
_SAMPLING_SWITCH = re.compile(r"^(?:sample|sampling|generate|generation)$")
_TRAIN_SWITCH = re.compile(r"^(?:do_)?train(?:ing)?$")
# a switch that turns training off (`--no_train`, `--skip-training`), and a length that leaves nothing to train
# (`--epochs 0`, `--max_steps 0`)
_NO_TRAIN_SWITCH = re.compile(r"^(?:no|skip|without)_?train(?:ing)?$")
_LENGTH_KEYS = re.compile(r"^(?:n_|num_|max_|total_|train_)?(?:epochs?|steps|iters|iterations|train_steps)$")
_EVAL_STEPS = {"do_eval", "do_evaluate", "do_evaluation", "do_test", "do_predict", "do_prediction", "do_inference"}
_MODE_KEYS = {"mode", "phase", "run_mode", "stage"}


def launched_comparison(facts: FileFacts, project, switch: str | None = None) -> list[tuple[str, Invocation]]:
    """Launch lines elsewhere in the project that run this file with different models and pass no seed (and pass
    the `switch` the seeding is set under, if any): the first such line and every later line it is compared with
    (empty when there are none, or when this file trains no model: a data-preparation step run on other inputs)."""
    if trains_nothing(facts, project):
        return []
    runs = [(path, inv) for path, inv in project.runs.get(facts.path, []) if trains(inv, facts) and invocation_seeds(inv, project)[2] == 0
            and (switch is None or switch in {k.replace("-", "_") for k in inv.options})]
    # the project's own launch scripts first, then the commands its documents show
    runs.sort(key=lambda run: getattr(project.files.get(run[0]), "kind", "") == "readme")
    for i, (path, first) in enumerate(runs):
        compared = [(p, second) for p, second in runs[i + 1:] if differs_in_model(first, second, project)]
        if _varies(first, project) or compared:
            return [(path, first), *compared]
    for path, first in runs:
        if rivals := _rival_launches(facts, path, first, project):
            return [(path, first), *((path, rival) for rival in rivals)]
    return []


def _rival_launches(facts: FileFacts, path: str, first: Invocation, project) -> list[Invocation]:
    """Launches of rival programs (see rival_programs) in the launch file that runs this program, each passing no seed
    either: every method trained once, at its program's own seed. Empty unless this program's launch is the first
    of them whose program fixes a seed, so that the comparison is reported once, at that program."""
    launch = project.files.get(path)
    rivals = [inv for inv in getattr(launch, "invocations", ()) if inv.program != first.program
              and invocation_seeds(inv, project)[2] == 0 and rival_programs(first, inv, project)
              and training_program(inv, project)]
    if not rivals:
        return []
    baselines = [inv for inv in rivals if _baseline_of(_program_words(first), _program_words(inv))]
    rivals = baselines or rivals  # beside its own baseline, a program's siblings for other data sets are no rivals
    order = {id(inv): n for n, inv in enumerate(getattr(launch, "invocations", ()))}  # commands chained on one line
    for inv in sorted([first, *rivals], key=lambda inv: (inv.line, order.get(id(inv), 0))):
        programs = [project.files.get(p) for p in _files([inv], project)]
        if inv is first or any(isinstance(f, FileFacts) and fixed_uses(f, project) for f in programs):
            return rivals if inv is first else []
    return []


def compared_launches(invocations: list[Invocation], project) -> bool:
    """Launches that run several configurations of one program (a loop-fed setting, or two lines that differ), or
    rival programs (see rival_programs)."""
    return any(_varies(a, project) or any(differs_in_model(a, b, project) if a.program == b.program
                                          else rival_programs(a, b, project) for b in invocations[i + 1:])
               for i, a in enumerate(invocations))


def _varies(invocation: Invocation, project) -> bool:
    """varies_setting, once per launch and pass (every pair of launch files asks it of both); the launch is kept
    with its answer, so that its id names it for the whole pass."""
    known = project.memo.setdefault("sa101-varies-setting", {})
    if id(invocation) not in known:
        known[id(invocation)] = (invocation, varies_setting(invocation) or _loops_over_configs(invocation, project))
    return known[id(invocation)][1]


def _loops_over_configs(invocation: Invocation, project) -> bool:
    """A config-file option fed by a shell loop over two or more of the project's config files that compare
    configurations (`for cfg in m1_baseline.yaml m2_attention.yaml; do python train.py --config $cfg`): each pass
    trains another model, read through the settings the files hold (see _settings_compared); files for other data
    sets, or files not in the project, compare nothing that can be told."""
    for name, value in invocation.options.items():
        if not names_config_file(name) or setting_role(name) != "setting":
            continue
        for ref, values in invocation.loop_values.items():
            if len(values) < 2 or not reads_loop_variable(value, ref):
                continue
            pattern = re.compile(r"\$\{?" + re.escape(ref) + r"\b\}?")
            first, *rest = ({name: pattern.sub(lambda _: item, value)} for item in values)
            if any(_settings_compared(first, other, project) for other in rest):
                return True
    return False


def rival_programs(a: Invocation, b: Invocation, project) -> bool:
    """Two programs of one name pattern, one per method (`run_DQN.py`, `run_C51.py`; `train_gcn.py`, `train_gat.py`),
    neither a pipeline stage nor stage-named, launched on the same data (a data option given the same value in both:
    `--env KuaiEnv-v0`) or with the same settings (`--ood tin --arch wrn_40_1` to both, not only `--seed 0`): the
    methods are compared. Programs named for other data (`train_mnist.py`), or given another data set by an option
    both take, pass none. So is a baseline's program
    beside the one it is the baseline of (`train_baseline_radar.py --model afno` beside `train_ours_radar.py`: named
    for a baseline and otherwise within the other's name), given the same settings but for the model it picks."""
    first, second = _program_words(a), _program_words(b)
    if first == second or not first & second or _named_for_data(a, first - second, project) \
            or _named_for_data(b, second - first, project):
        return False
    if any(_STAGE.search(program_name(i)) or set(words(program_name(i))) & _STAGE_WORDS for i in (a, b)):
        return False
    if any(setting_role(key) == "data" and key in b.options and b.options[key] != value for key, value in a.options.items()):
        return False  # one program's run on another data set (`--dataset cifar10` beside `--dataset flowers102`)
    return any(setting_role(key) == "data" and b.options.get(key) == value for key, value in a.options.items()) \
        or a.options == b.options and any(setting_role(key) != "bookkeeping" for key in a.options) \
        or _baseline_of(first, second) and _same_but_the_model(a.options, b.options)


def _named_for_data(invocation: Invocation, own_words: set[str], project) -> bool:
    """The program's name holds the data set its own data option defaults to (`train_svhn.py` with `--dataset`
    defaulting to "svhn"): one program per data set, not per method."""
    if not own_words:
        return False
    defaults = _launched_defaults(_launched_program(invocation, project), project)
    return any(setting_role(name) == "data" and set(name_tokens(value)) & own_words for name, value in defaults.items())


def _program_words(invocation: Invocation) -> set[str]:
    """The words of the name of the program a launch runs (`train_baseline_radar.py`: train, baseline, radar)."""
    return set(name_tokens(PurePosixPath(program_name(invocation)).stem))


def _baseline_of(first: set[str], second: set[str]) -> bool:
    """One program is named for a baseline and, but for that word, within the other's name (`train_baseline_radar`
    beside `train_ours_radar`; not beside `train_ours_lidar`)."""
    return any("baseline" in x and "baseline" not in y and x - {"baseline"} <= y for x, y in ((first, second), (second, first)))


def _same_but_the_model(a: dict[str, str], b: dict[str, str]) -> bool:
    """Two launches' options that give their shared settings the same values (one at least), and differ otherwise
    only in a model one of them picks (`--model afno`) or in their books (`--gpus 0,1` against `--gpus 0`)."""
    shared = [key for key in set(a) & set(b) if setting_role(key) != "bookkeeping"]
    return bool(shared) and all(a[key] == b[key] for key in shared) and all(
        setting_role(key) == "bookkeeping" or modelish(key) for key in set(a) ^ set(b))


# -- SA101 -----------------------------------------------------------------------------------------
def fixed_uses(facts: FileFacts, project) -> list[SeedUse]:
    """Seeds applied with one fixed value (literal, constant, helper default, a parameter's default no call
    passes, or an option nobody varies), once per file and project pass."""
    return project.per_file("sa101-fixed-uses", facts, _fixed_uses)


def _fixed_uses(facts: FileFacts, project) -> list[SeedUse]:
    seeded = seed_loops(facts, project)
    swept = project.seed_variation.state == "swept"
    out = []
    for use in seed_uses(facts, project):
        if inside_loops(use.call.ctx.loops, seeded) or dormant(use.call.ctx.func, project, facts):
            continue  # a seed applied in a helper no running code reaches fixes no run
        if unused_generator(use.call, facts, project) or use.option is not None and is_search_seed_name(use.option.name):
            continue  # ... or a hyper-parameter search's seed (`--hpo-seed`): it orders the trials, it trains none
        if use.call.qualname == "dict" and _only_spread(use.call, facts):
            continue  # ... or the seed entry of a `dict(...)` only spread into calls, which carry it themselves
        if use.key == "random_state" and use.call.qualname.rpartition(".")[2] in CONDITIONAL_ESTIMATORS \
                and not reads_seed(use.call):
            continue  # ... or an estimator whose fit draws nothing as written (`PCA(svd_solver="full", random_state=0)`)
        if use.origin == "param" and passed_by_no_call(use, facts, project):
            use = replace(use, origin="default", value=_parameter(use, facts)[1].default.value)
        elif use.origin == "unknown" and (held := _constructor_default(use, facts, project)) is not None:
            use = replace(use, origin="default", value=held[0], written=held[1])
        if use.origin in _FIXED or use.origin == "option" and use.value is not None and isinstance(use.value, int) \
                and not (swept and _option_swept(use, facts, project)):
            out.append(use)
    return out


def _only_spread(call: Call, facts: FileFacts) -> bool:
    """A mapping built by `dict(...)` and bound to a name that no call receives whole: it is spread as keywords
    (`flow_from_directory(path, **image_args)`), and the reading puts its entries into those calls."""
    names = {t for t in call.targets if t.isidentifier()}
    return bool(names) and not any(names & {a.text for a in (*c.args, *c.kwargs.values()) if a.kind == "name"}
                                   for c in facts.calls) and not any(names & set(r.names) for _, r, _ in facts.returns)


def _option_swept(use: SeedUse, facts: FileFacts, project) -> bool:
    """In a project that sweeps seeds, a sweep may run the program whose option the use reads (the program whose
    option a module it imports applies; else this file, whose config may hold the option): one the project's
    launches do not run only at its default."""
    owner = project.files.get(use.option.path) if use.option is not None else None
    return not _launched_at_its_default(owner if isinstance(owner, FileFacts) else facts, project)


def _launched_at_its_default(facts: FileFacts, project) -> bool:
    """The project's launch scripts run this program and pass it no seed, while each of the project's sweeps runs
    another program of its own, read whole: each run of this one has its seed option's default, however many seeds
    the others run (a baseline script run once per data set beside a method swept over ten seeds). A sweep of a
    program that trains nothing itself, a driver (`benchmark.py --command "python dqn.py" --num-seeds 3`), may run
    this program too, and a README's or a test's command is one example, not the project's runs. A README's
    command running a program the project does not hold (`--n_trials 25` of a search script left out) runs none
    of the project's programs, this one included, nor does a seed list of a program that only reads the runs'
    results back (analysis_only: `--seed_list 42 43 44` of a script tabulating per-seed scores)."""
    runs = project.runs.get(facts.path, [])
    if not any(getattr(project.files.get(path), "kind", None) in SHELL for path, _ in runs) or \
            any(invocation_seeds(inv, project)[2] != 0 for _, inv in runs):
        return False
    swept = [project.files.get(s.program) if s.program != facts.path else None for s in project.sweeps
             if s.program in project.files or getattr(project.files.get(s.path), "kind", None) != "readme"]
    return all(isinstance(program, FileFacts) and (not trains_nothing(program, project) or analysis_only(program, project))
               for program in swept)


def _seed_arg(use: SeedUse) -> Expr | None:
    """The argument a seed use passes its seed in."""
    return use.call.arg(int(use.key) if use.key.isdigit() else -1, use.key)


def _parameter(use: SeedUse, facts: FileFacts) -> tuple[Function, Param] | None:
    """The function a seed use sits in and the parameter of it that the use seeds with (`def run(cfg, seed=0)`:
    `torch.manual_seed(seed)`), when that parameter has a literal int default."""
    arg = _seed_arg(use)
    function = next((f for f in facts.functions if f.qualname == use.call.ctx.func), None)
    if arg is None or arg.kind != "name" or function is None:
        return None
    param = next((p for p in function.params if p.name == arg.text), None)
    if param is None or param.default is None or param.default.kind != "int":
        return None
    return function, param


def _constructor_default(use: SeedUse, facts: FileFacts, project) -> tuple[int, int] | None:
    """The seed a method reads off its object (`PRNGKey(self.seed)`) where the class's `__init__` keeps a parameter's
    literal default there (`def __init__(self, ..., seed=42): self.seed = seed`) and no construction in the project
    passes that parameter: every object, so every run, has that seed; with the line the default is written on (0
    when it cannot be told), where a reader changes it. A construction passing arguments on from its own function's
    `*args`/`**kwargs` is read through that function's callers (`def train(*args, **kwargs): trainer =
    Trainer(*args, **kwargs)`, called with the model's settings only)."""
    arg = _seed_arg(use)
    owner, _, method = use.call.ctx.func.partition(".")
    if arg is None or arg.kind != "attr" or not arg.text.startswith("self.") or not method:
        return None
    init = project.function_named(facts, f"{owner}.__init__")
    kept = next((a.value.text for a in facts.assigns if init is not None and a.ctx.func == init.qualname
                 and a.value.kind == "name" and any(t.text == arg.text for t in a.targets)), None)
    param = next((p for p in init.params if p.name == kept), None) if kept else None
    if param is None or param.default is None or param.default.kind != "int":
        return None
    index = [p.name for p in init.params if p.name not in ("self", "cls")].index(param.name)
    built = calls_by_name(project).get(owner, [])
    if not built or any(_may_pass(c, param.name, index, project) for c in built):
        return None
    return param.default.value, _default_line(init, param, project.lines_of(facts.path))


def _default_line(function: Function, param: Param, lines: list[str]) -> int:
    """The line of a function's signature that writes a parameter's default (`seed=42` on its own line of a long
    signature); 0 when no line of the signature shows it."""
    written = re.compile(rf"\b{re.escape(param.name)}\s*(?::[^=,)]*)?=\s*{re.escape(param.default.text)}\b")
    for number in range(function.line, min(function.end_line, len(lines)) + 1):
        if written.search(lines[number - 1]):
            return number
        if lines[number - 1].rstrip().endswith(":") and ")" in lines[number - 1]:
            return 0  # the signature ended
    return 0


def _may_pass(call: Call, name: str, index: int, project) -> bool:
    """The call passes the parameter (by keyword or position), or hands on its own function's `*args`/`**kwargs`
    and some call of that function may pass it."""
    if name in call.kwargs or len(call.args) > index:
        return True
    if not call.star:
        return False
    home = call.ctx.func.rpartition(".")[2]
    callers = calls_by_name(project).get(home, []) if home and "." not in call.ctx.func else []
    return not callers or any(name in c.kwargs or c.star or len(c.args) > index for c in callers)


def passed_by_no_call(use: SeedUse, facts: FileFacts, project) -> bool:
    """A seed read from a parameter with a literal default (`def run(cfg, seed=0)`) that no call in the project
    passes (`run(cfg)`): every run is at the default (see callers.never_passed)."""
    found = _parameter(use, facts)
    return found is not None and never_passed(*found, project)


def data_seed(use: SeedUse) -> bool:
    """A seed that fixes the data (a split, fold assignment, sampler or generated data set) or a statistic of it (the
    jitter of a mutual-information estimate): every compared model shares it by design, so it is not the seed their comparison rests on. A model class whose fit draws is none,
    whatever its name holds (`RBFSampler`, random features a model is built on)."""
    name = use.call.qualname.rsplit(".", 1)[-1]
    return name not in RANDOM_ESTIMATORS and bool(_DATA_SEED_CALL.search(name) or DATA_SEED_KEY.search(use.key))


def _seeds_training(use: SeedUse, facts: FileFacts, project) -> bool:
    """A seed use that may fix training runs: not a data seed (see data_seed), not a seeding that only reorders the
    data (see data_order_seeding), not a seed handed to a project function that keeps it (see kept_by_callee), not
    an evaluation environment's (`eval_env.reset(seed=42)`: the episodes a trained agent is scored on)."""
    return not data_seed(use) and not data_order_seeding(use.call, facts, project) \
        and not kept_by_callee(use, facts, project) and not _evaluation_env_seed(use) and not projection_seed(use)


# embeddings drawn to look at data, not models a run reports (`TSNE(n_components=2, random_state=42)` for a figure)
_PROJECTIONS = frozenset({"TSNE", "UMAP", "MDS", "Isomap", "SpectralEmbedding", "LocallyLinearEmbedding", "openTSNE"})


def projection_seed(use: SeedUse) -> bool:
    """The seed of a low-dimensional projection (t-SNE, UMAP, MDS): it fixes where the points of a picture fall."""
    return use.call.qualname.rsplit(".", 1)[-1] in _PROJECTIONS


def _evaluation_env_seed(use: SeedUse) -> bool:
    """The seed resets or seeds an environment named for evaluation (`eval_env.reset(seed=42)`, `test_env.seed(0)`)."""
    env = env_receiver(use.call.qualname, ".reset") or env_receiver(use.call.qualname, ".seed")
    return env is not None and evaluation_named(env.rpartition(".")[2])


def kept_by_callee(use: SeedUse, facts: FileFacts, project) -> bool:
    """A `seed=` handed to a project function (or class: its `__init__`) whose seed parameter only builds a generator
    of its own and that trains nothing (`instance = Knapsack.generate(n, seed=7)`, whose body draws from
    `random.Random(seed)`; `BatchStream(poses, random_seed=4321)`, whose `__init__` keeps
    `np.random.RandomState(random_seed)`): the seed fixes what that function or object draws, not the program's
    generators. A project seeding helper, or a function of that name that hands the seed to anything else (a
    training program's command line, another function) or trains, keeps the seed a training seed."""
    call = use.call
    if seeder(call.qualname) is not None or call.qualname in RNG_FACTORIES or not is_seed_name(use.key) \
            or project.helper_families(call, facts) is not None:
        return False
    name = call.qualname.rsplit(".", 1)[-1]
    found = _function_bodies(project).get(name) or [
        (function, body) for function, body in _function_bodies(project).get("__init__", ()) if function.class_name == name]
    return bool(found) and all(use.key in {p.name for p in function.params} and _own_generator_only(body, use.key)
                               for function, body in found)


def _own_generator_only(body: list[Call], param: str) -> bool:
    """The calls of a function's body hand `param` to generator factories only, and none trains."""
    given = [c for c in body if param in {n for a in (*c.args, *c.kwargs.values()) for n in a.names}]
    return bool(given) and all(c.qualname in RNG_FACTORIES for c in given) and \
        not any(takes_training_step(c) or fits(c) for c in body)


def _function_bodies(project) -> dict[str, list[tuple[Function, list[Call]]]]:
    """Each project function that makes calls, with the calls of its own body (see function_calls), by its last name."""
    if "function-bodies" not in project.memo:
        bodies: dict[str, list[tuple[Function, list[Call]]]] = {}
        for other in project.python_files():
            functions = {f.qualname: f for f in other.functions}
            for qualname, calls in function_calls(other).items():
                bodies.setdefault(functions[qualname].name, []).append((functions[qualname], calls))
        project.memo["function-bodies"] = bodies
    return project.memo["function-bodies"]


def training_values(facts: FileFacts, project) -> list[object]:
    """The fixed training seeds (not data seeds) of this file, or else of the project modules it imports (the
    models built, seeded, in a helper module), first applied first."""
    for source in (facts, *imported_modules(facts, project)):
        found = sorted((u for u in fixed_uses(source, project) if _seeds_training(u, source, project)), key=lambda u: u.line)
        if found:
            return [u.value for u in found]
    return []


def training_seed(facts: FileFacts, project, value: object) -> SeedUse | None:
    """The first place this file applies `value` as a training seed (not a data seed)."""
    return min((u for u in fixed_uses(facts, project) if u.value == value and _seeds_training(u, facts, project)),
               key=lambda u: u.line, default=None)


def anchor_use(facts: FileFacts, uses: list[SeedUse], values: list[object], loop: Loop | None = None) -> SeedUse | None:
    """Where the compared runs' seed is fixed here: its reset inside the compared loop, else the first place the
    training seed's value is applied (a split given that same value included); where estimators carry that seed
    themselves, the first that draws with it, not a global seeding call (`RandomForestClassifier(random_state=42)`
    draws nothing from the `np.random.seed(42)` that made the demo data); else, for a compared loop, one applied in
    the loop's function or in a function the loop calls (not `df.sample(random_state=SEED)` in a data loader); None
    when this file applies only data seeds of another value."""
    inside = [u for u in uses if loop is not None and loop.id in u.call.ctx.loops and not data_seed(u)]
    if inside:
        return min(inside, key=lambda u: u.line)
    # the first training seed's uses; when those were left out (a generator that only makes the data), another's
    same = [u for u in uses if values and u.value == values[0]] or [u for u in uses if u.value in values]
    own = [u for u in same if is_estimator(u.call, facts)]
    own = [u for u in own if draws(u.call)] or own  # `LogisticRegression(solver="lbfgs")` draws nothing with it
    if own:
        same = own + [u for u in same if data_seed(u)]
    elif loop is not None:  # where the compared runs are seeded: the loop's function or one the loop calls, not a
        called = {c.qualname for c in facts.calls_in(loop.id)}  # loader's `df.sample(random_state=SEED)`
        same = [u for u in same if u.call.ctx.func in called | {loop.ctx.func}] or same
    return min(same, key=lambda u: u.line, default=None)


def _subject(call: Call, instances: dict[str, str], aliased: frozenset[str] = frozenset()) -> str:
    """What a training call trains: its receiver when that is an object built here or named as a model (`cnn.fit(x,
    y)`, `net2.fit(features, targets)`), else the one model-named name a function's result is bound to when no
    argument names a model (`cnn_model = train_cnn(x, y)`; a function of this file or one of `aliased`, the names
    its imports bind), else its first bare-name argument (`train(model_b, data)`,
    `trainer.fit(model, loader)`), else its receiver."""
    imported = call.qualname in aliased  # `from models import train_cnn`: `models.train_cnn` names no object
    receiver = "" if imported else call.qualname.rpartition(".")[0]
    named = [a.text for a in call.args if a.kind == "name"]
    model_named = bool(re.fullmatch(r"[A-Za-z_]\w*", receiver)) and modelish(receiver)  # a variable, not a class built in place
    if receiver in instances or model_named:
        return receiver
    if not receiver and len(call.targets) == 1 and modelish(call.targets[0]) and not any(modelish(n) for n in named):
        return call.targets[0]  # `cnn_model = train_cnn(x, y)`: the model the call returns
    return receiver if not named else named[0]


def sequential_comparison(facts: FileFacts, project, written: list[tuple[int, object, str]],
                          trainers: frozenset[str]) -> list[Call]:
    """Training calls of one function, outside every loop, that train two or more different models back to back
    (`fit(model_a); fit(model_b)`): each trains a model-named object, an instance of a model class of the project
    (see model_classes) or an object a seed was written into (see written_seeds). Calls of one of the file's
    `trainers` (see training_functions) pair only with calls of that same function: two different ones
    (`pretrain_encoder(encoder)`, then `tune_head(head)`) are more likely stages of one pipeline. Models whose
    results nothing reads (see _results_unread: a notebook cell showing the API) are compared by no one. Empty when
    there is no such pair."""
    seeded_objects = {name for *_, name in written}
    models = model_classes(project)
    instances = {t: c.qualname.rsplit(".", 1)[-1] for c in facts.calls if _model_class(c.qualname.rsplit(".", 1)[-1], models)
                 for t in c.targets}
    # scikit-learn-style estimators built here are compared by estimator_comparison, which weighs their own seeds
    estimators = {t for c in facts.calls if is_estimator(c, facts) for t in c.targets}
    by_function: dict[tuple[str, str], dict[str, Call]] = {}
    aliased = frozenset(facts.aliases.values())
    handed = _models_handed(facts)
    for call in facts.calls:
        subject = _subject(call, instances, aliased)
        subject = handed.get((call.ctx.func, subject), subject)
        said = fits(call, facts)
        if not call.ctx.loops and (said or call.qualname in trainers) and subject not in estimators and \
                (modelish(subject) or subject in seeded_objects or subject in instances or subject in handed.values()):
            key = subject + _built_as(subject, call, facts, project)
            by_function.setdefault((call.ctx.func, "" if said else call.qualname), {}).setdefault(key, call)
    lines = project.lines_of(facts.path)
    return next((rivals for calls in by_function.values() if len(rivals := _same_task(list(calls.values()))) >= 2
                 and not _results_unread(facts, project, rivals, lines)), [])


def _results_unread(facts: FileFacts, project, rivals: list[Call], lines: list[str]) -> bool:
    """Nothing reads what any of the trained models gives: a training call's own result, and what later calls on the
    model return (`score = model.predict_score(X_test)`), are bound and never mentioned again but to be bound anew;
    the model is handed to no call and asked nothing else (`model.score(X, y)` alone on a notebook line shows it).
    Models fitted one after another to show a library's calls (`fit`, then `predict_score`, the scores dropped)
    are compared by no one."""
    for rival in rivals:
        subject = rival.qualname.rpartition(".")[0]
        if not subject.isidentifier() or not rival.targets and not whole_statement(rival, facts, project, lines):
            return False  # `scores["mse"] = net1.fit(...).history["val_loss"][-1]`
        later = [c for c in calls_by_function(facts, project).get(rival.ctx.func, ()) if c.line > rival.line]
        if any(subject in {n.split(".")[0] for a in (*c.args, *c.kwargs.values()) for n in a.names} for c in later):
            return False  # `evaluate(model)`, `print(model.score(X, y))`
        asked = [c for c in later if c.qualname.rpartition(".")[0] == subject and not fits(c, facts)]
        if any(not c.targets for c in asked):
            return False
        for name, bound_at in [*((t, rival.line) for t in rival.targets), *((t, c.line) for c in asked for t in c.targets)]:
            mention = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)(?!\s*=[^=])")
            if not name.isidentifier() or any(mention.search(line.split("#", 1)[0]) for line in lines[bound_at:]):
                return False
    return True


def _built_as(name: str, call: Call, facts: FileFacts, project) -> str:
    """How the object a training call trains was last built before it in its scope, where a class or a pretrained
    loader built it (`model = ClassificationModel("roberta", "ckpt/e1", args=a)`, `= Net.from_pretrained(path)`):
    one variable rebuilt from other checkpoints or settings and trained again holds another model each time. Empty
    when nothing here builds it so."""
    built = [c for c in calls_by_function(facts, project).get(call.ctx.func, ()) if name in c.targets and c.line < call.line]
    last = max(built, key=lambda c: c.line, default=None)
    method = last.qualname.rsplit(".", 1)[-1] if last is not None else ""
    if not (method[:1].isupper() or method in _STARTS_FROM):
        return ""
    return f"={last.qualname}({', '.join(a.text for a in last.args)}; {sorted((k, v.text) for k, v in last.kwargs.items())})"


_FIT_DATA = ("x", "X", "y", "Y")


def _same_task(calls: list[Call]) -> list[Call]:
    """Of models fitted back to back, those that learn one task: `fit` calls given the same inputs and targets
    (`cnn.fit(x_train, y_train)`, `mlp.fit(x_train, y_train)`), the largest such group. Fits on different slices or
    toward different targets (`model_mu0.fit(x0, y0)` beside `model_mu1.fit(x1, y1)`, an outcome model beside a
    propensity model fitted to `t`) are parts of one estimator. Calls that are not `fit(data, ...)` are kept as
    they are."""
    signatures = [_fitted_on(call) for call in calls]
    if any(signature is None for signature in signatures):
        return calls
    groups: dict[tuple[str, ...], list[Call]] = {}
    for call, signature in zip(calls, signatures):
        groups.setdefault(signature, []).append(call)
    return max(groups.values(), key=len)


def _fitted_on(call: Call) -> tuple[str, ...] | None:
    """The inputs and targets a `model.fit(x, y, ...)` call is given, as written; None for any other call."""
    if call.qualname.rsplit(".", 1)[-1] != "fit" or not call.args and not any(k in call.kwargs for k in _FIT_DATA):
        return None
    given = [a.text for a in call.args[:2]] + [call.kwargs[k].text for k in _FIT_DATA if k in call.kwargs]
    return tuple(given) + ("",) * (2 - len(given))


def rival_trainers(facts: FileFacts, trainers: frozenset[str]) -> list[Call]:
    """Calls of two or more different training functions of the file, one after the other outside every loop in one
    scope, each function building a model of its own and handed the same data (an argument in common), whose results
    are gathered together (`print(cnn_acc, mlp_acc)`, `results["cnn"] = train_cnn(...)` beside `results["mlp"] =
    train_mlp(...)`) and neither handed the other's: rival models trained back to back and compared, one draw each. Stages of one pipeline hand their results on
    (`head = tune_head(pretrain_encoder())`) or are named as stages (`pretrain_`, `finetune_`, `stage2`). Empty when
    there is no such pair."""
    builders = {name for name in trainers if _builds_own_model(facts, name)}
    by_scope: dict[str, list[Call]] = {}
    for call in sorted(facts.calls, key=lambda c: c.line):
        if call.qualname in builders and not call.ctx.loops:
            by_scope.setdefault(call.ctx.func, []).append(call)
    for scope, calls in by_scope.items():
        first: dict[str, Call] = {}
        for call in calls:  # each function's first call, in line order
            first.setdefault(call.qualname, call)
        first_calls = list(first.values())
        if len(first_calls) < 2 or _stage_names([c.qualname for c in first_calls]):
            continue
        shared = set.intersection(*({a.text for a in (*c.args, *c.kwargs.values()) if a.kind == "name"} for c in first_calls))
        holders = {c.line: _result_holder(c, facts) for c in first_calls}
        if not shared or any(h is None for h in holders.values()) or _handed_on(first_calls, holders):
            continue
        if _gathered(scope, first_calls, holders, facts):
            return first_calls
    return []


_STAGE_WORDS = {"pretrain", "pre", "finetune", "fine", "tune", "stage", "phase", "step", "warmup", "teacher", "student",
                "distill", "round", "first", "second", "final", "init", "resume", "continue", "head", "embed",
                "embedding", "embeddings", "tokenizer", "vocab", "features", "feature"}


def _stage_names(names: list[str]) -> bool:
    """Function names that tell stages of one training apart (`pretrain_encoder`, `finetune_head`, `train_stage2`)."""
    return any(words(name.rpartition(".")[2]) & _STAGE_WORDS for name in names)


def _builds_own_model(facts: FileFacts, function: str) -> bool:
    """The function's body binds a model of its own (`model = nn.Sequential(...)`, `clf = SVC()`, `net = build()`)."""
    return any(c.ctx.func.split(".")[0] == function and any(modelish(t) for t in c.targets)
               and not any(words(t) & _OPTIMISER_WORDS for t in c.targets) for c in facts.calls)


def _result_holder(call: Call, facts: FileFacts) -> str | None:
    """Where a training call's result is kept: the name bound to it (`cnn_acc`), or the collection it is stored
    in or appended to (`results`, from `results["cnn"] = ...` or `scores.append(...)`); None when it is dropped."""
    if call.targets:
        return call.targets[0]
    stored = next((a.targets[0].qualname for a in facts.assigns if a.line == call.line and a.value.kind == "call"
                   and a.value.qualname == call.qualname and len(a.targets) == 1 and a.targets[0].kind == "subscript"), None)
    if stored:
        return "[]" + stored
    appended = next((c.qualname.rpartition(".")[0] for c in facts.calls if c.line == call.line and c is not call
                     and c.qualname.endswith((".append", ".extend")) and any(a.qualname == call.qualname for a in c.args)), None)
    return "[]" + appended if appended else None


def _handed_on(calls: list[Call], holders: dict[int, str]) -> bool:
    """A later call is handed an earlier one's result: one pipeline, not rivals."""
    return any(holders[earlier.line] in a.names for i, earlier in enumerate(calls) for later in calls[i + 1:]
               for a in (*later.args, *later.kwargs.values()) if not holders[earlier.line].startswith("[]"))


def _gathered(scope: str, calls: list[Call], holders: dict[int, str], facts: FileFacts) -> bool:
    """The results are kept in one collection, or one later expression of the scope reads two or more of them."""
    kept = [h for h in holders.values() if h.startswith("[]")]
    if len(kept) >= 2 and len(set(kept)) == 1:
        return True
    names = {h for h in holders.values() if not h.startswith("[]")}
    last = max(c.line for c in calls)
    reads = [set(a.names) for c in facts.calls if c.ctx.func == scope and c.line > last for a in (*c.args, *c.kwargs.values())]
    reads += [set(a.value.names) for a in facts.assigns if a.ctx.func == scope and a.line > last]
    reads += [{n for e in (c.left, *c.right) for n in e.names} for c in facts.compares if c.ctx.func == scope and c.line > last]
    return any(len(read & names) >= 2 for read in reads)


_PARAMETERS_OF = re.compile(r"\b([A-Za-z_]\w*)\.parameters\(\)")


def reseeded_runs(facts: FileFacts, uses: list[SeedUse]) -> list[Call]:
    """Training runs written one after another in one scope, each started by applying the same fixed seed again and
    building a model afresh (`torch.manual_seed(123); model = FCN(...)`, then a loop of optimiser steps; then the
    same for the physics-informed variant): the author resets the seed so that the runs compare on equal terms, one
    draw each. The first training step of each run; empty when there are not two."""
    fixed = sorted((u for u in uses if not u.call.ctx.loops and not data_seed(u)), key=lambda u: u.line)
    for value in dict.fromkeys(u.value for u in fixed):
        starts = [u for u in fixed if u.value == value]
        if len({u.call.ctx.func for u in starts}) != 1 or len(starts) < 2:
            continue
        ends = [u.line for u in starts[1:]] + [10**9]
        runs = []
        for use, end in zip(starts, ends):
            inside = [c for c in facts.calls if c.ctx.func == use.call.ctx.func and use.line < c.line < end]
            built = any(c.targets and c.qualname.rpartition(".")[2][:1].isupper() for c in inside)
            step = next((c for c in inside if c.ctx.loops and takes_training_step(c)), None)
            if built and step is not None:
                runs.append(step)
        if len(runs) >= 2:
            return runs
    return []


def side_by_side_training(facts: FileFacts) -> list[Call]:
    """Optimiser steps of two or more models taken in one loop (`opt_plain.step()` and `opt_dropout.step()` in one
    epoch loop, each optimiser built from one model-named object's `.parameters()`), the models fed apart: they are
    trained side by side to be compared (with and without dropout, one optimiser against another). Models that feed
    each other (a GAN's `disc(gen(z))`, an actor-critic's `critic(state, actor(state))`), and models whose optimisers
    all step the one loss the loop calls `backward` on (two encoders of one contrastive objective), are one system
    trained together, not rivals. Empty when there is no such loop."""
    owner = {t: next(iter(found)) for c in facts.calls for t in c.targets
             if len(found := {m for a in (*c.args, *c.kwargs.values()) for m in _PARAMETERS_OF.findall(a.text)}) == 1}
    by_loop: dict[int, dict[str, Call]] = {}
    for call in facts.calls:
        optimiser, _, method = call.qualname.rpartition(".")
        if method == "step" and optimiser in owner and call.ctx.loops and modelish(owner[optimiser]):
            by_loop.setdefault(call.ctx.loops[-1], {}).setdefault(owner[optimiser], call)
    for steps in by_loop.values():
        loop = next(iter(steps.values())).ctx.loops[-1]
        if len(steps) >= 2 and not _feed_each_other(facts, set(steps)) and not _losses_joined(facts, set(steps)) \
                and not _one_backward(facts, loop) and not _losses_cross(facts, loop, set(steps)):
            return list(steps.values())
    return _graph_ops_side_by_side(facts)


def _one_backward(facts: FileFacts, loop) -> bool:
    """The loop computes gradients once (`loss.backward()`, `accelerator.backward(loss)`): every optimiser it steps
    steps that one loss. Models compared side by side each have their own loss and backward pass."""
    return sum(1 for c in facts.calls if loop in c.ctx.loops and c.qualname.rpartition(".")[2] == "backward") == 1


def _graph_ops_side_by_side(facts: FileFacts) -> list[Call]:
    """A TensorFlow 1 session run in a loop that takes two or more training ops at once (`sess.run([plain_train,
    dropout_train], feed)`), each from a `minimize` of a whole loss: two models trained side by side. Ops limited to
    their part of one graph (`minimize(d_loss, var_list=d_vars)`: a GAN's discriminator) are one system's."""
    ops = graph_train_ops(facts)
    for call in facts.calls:
        given = ops_run(call, ops)
        if call.ctx.loops and len(given) >= 2 and fits(call, facts) and not any("var_list" in ops[o].kwargs for o in given):
            return [call]
    return []


def _feed_each_other(facts: FileFacts, models: set[str]) -> bool:
    """One model is given another's output (`critic(state, actor(state))`, `fake = gen(z)` then `disc(fake)`)."""
    outputs = {m: {m} | {t for c in facts.calls if c.qualname == m for t in c.targets} for m in models}
    return any(c.qualname == m and {n for a in (*c.args, *c.kwargs.values()) for n in a.names} & outputs[other]
               for c in facts.calls for m in models for other in models - {m})


def _losses_joined(facts: FileFacts, models: set[str]) -> bool:
    """One call is given two models' outputs and its result is kept (`loss1, loss2 = loss_coteaching(logits1,
    logits2, labels)`, a mutual-learning loss): each model's loss depends on the other's predictions, so the peers
    of one method are trained together, not compared. Printing or logging both is no such call."""
    outputs = {m: {t for c in facts.calls if c.qualname == m for t in c.targets} for m in models}
    return any(c.targets and not _REPORTS.search(c.qualname) and sum(
        bool({n for a in (*c.args, *c.kwargs.values()) for n in a.names} & outputs[m]) for m in models) >= 2
        for c in facts.calls)


def _losses_cross(facts: FileFacts, loop: int, models: set[str]) -> bool:
    """Some loss the loop calls `backward` on is computed from two models' outputs, through any chain of the loop's
    assignments and calls (`target = peer_logits.detach() * mask`, `loss_a += crit(logits_a, target)`): each model
    learns from the other (mutual learning, dual students, co-training), one method's peers trained together."""
    derived = {m: {t for c in facts.calls if c.qualname == m for t in c.targets} for m in models}
    steps = [(names, targets) for a in facts.assigns if loop in a.ctx.loops
             for names, targets in [(set(a.value.names) | ({n for t in a.targets for n in t.names} if a.op != "=" else set()),
                                     {n for t in a.targets for n in t.names})]] + \
        [({n for x in (*c.args, *c.kwargs.values()) for n in x.names}, set(c.targets)) for c in facts.calls
         if loop in c.ctx.loops and c.targets]
    for names in derived.values():
        grown = True
        while grown:
            before = len(names)
            for read, written in steps:
                if read & names:
                    names |= written
            grown = len(names) > before
    losses = {c.qualname.rpartition(".")[0] for c in facts.calls
              if loop in c.ctx.loops and c.qualname.rpartition(".")[2] == "backward"}
    return any(sum(loss in names for names in derived.values()) >= 2 for loss in losses)


_REPORTS = re.compile(r"(?:^|\.)(?:print|log\w*|info|debug|add_scalars?|format)$")


def _models_handed(facts: FileFacts) -> dict[tuple[str, str], str]:
    """(function, object) → the model it was built around (`bert_trainer = Trainer(model=bert, args=args)`): what the
    object's `.train()` trains. Read from a `model=` argument naming a variable, when no other argument of that call
    names a model another such call was built around (`Trainer(model=student, teacher=teacher)` is a distillation
    stage after the teacher's training, not a rival of it)."""
    built = [(call, given.text) for call in facts.calls
             if (given := call.kwargs.get("model")) is not None and given.kind == "name" and call.targets]
    models = {model for _, model in built}
    out = {}
    for call, model in built:
        others = {n for key, arg in call.kwargs.items() if key != "model" for n in arg.names} | \
            {n for arg in call.args for n in arg.names}
        if not others & (models - {model}):
            out.update({(call.ctx.func, target): model for target in call.targets})
    return out


def _model_class(name: str, models: set[str]) -> bool:
    """A class of models: one the project defines as such (see model_classes), or one named for a model, solver or
    algorithm (`GeneticSolver`, `BeeAlgorithm`: an object built from it is one of the compared methods, whatever the
    variable holding it is called)."""
    return name in models or name[:1].isupper() and modelish(name)


def setting_calls(facts: FileFacts, project, trainers: frozenset[str]) -> list[Call]:
    """Two calls of one training function of this file or one it imports from a project module (its body trains, or
    its name says it does: `train_agent`), outside every loop but a one-value seed loop and in one function, that pass
    it different settings (`run("baseline")` then `run("gated")`, `ablate(use_gate=False)` then `ablate(use_gate=True)`):
    each call is one run of that function's training, so together they compare the settings. An argument is read by
    the parameter it binds (see setting_role): calls that differ only in their data, or in where they write, compare
    nothing, and calls handed the same model object (`train(args, model)` then `train(args, model, heads=True)`) are
    stages of one training. Empty when there is no such pair."""
    functions = callable_functions(facts, project)
    single = one_value_loops(facts, project)
    by_site: dict[tuple[str, str], list[tuple[Call, dict[str, object]]]] = {}
    for call in facts.calls:
        if call.qualname in functions and (call.qualname in trainers or fits(call, facts)) \
                and all(loop in single for loop in call.ctx.loops):
            by_site.setdefault((call.ctx.func, call.qualname), []).append(
                (call, _literal_arguments(call, functions[call.qualname][0])))
    for (_, name), calls in by_site.items():
        chosen = _choosing_parameters(*functions[name])
        for index, (first, settings) in enumerate(calls):
            others = [call for call, given in calls[index + 1:] if _settings_compared(settings, given, project, chosen)
                      and not _one_model(first, call)]
            if others:
                return [first, *others]  # every run the first is compared with, not only the next one
    return []


def callable_functions(facts: FileFacts, project) -> dict[str, tuple[Function, FileFacts]]:
    """The module-level functions a call of this file may name: its own, and those it imports by name from a project
    module (`from model_utils import train_and_test`, called as `model_utils.train_and_test`), or through a project
    module it imports (`from src.models import training`, then `training.run_training(...)`), each with the file
    that defines it."""
    out = {f.qualname: (f, facts) for f in facts.functions if f.class_name is None and "." not in f.qualname}
    for local, full in facts.aliases.items():
        whole = module_named(full.lstrip("."), facts, project) if local not in out else None
        if isinstance(whole, FileFacts) and whole is not facts:
            out.update({f"{full}.{f.qualname}": (f, whole) for f in whole.functions
                        if f.class_name is None and "." not in f.qualname})
        module, _, name = full.lstrip(".").rpartition(".")
        holder = module_named(module, facts, project) if module and local not in out else None
        function = project.function_named(holder, name) if isinstance(holder, FileFacts) else None
        if function is not None and function.class_name is None:
            out[full] = (function, holder)  # as the file's calls name it once resolved
    return out


def _choosing_parameters(function: Function, facts: FileFacts) -> frozenset[str]:
    """Parameters of a generic name (`kind`, `name`, `type`: read as bookkeeping by setting_role) that choose what the
    function trains: handed to a call that builds a model (`build_model(kind)`, `get_network(name)`) or tested by a
    branch (`if kind == "cnn":`); one that only ends in such a word (`opt_name`, `loss_type`) chooses when the
    function dispatches on its value (`if opt_name == "adam":`), a name it merely writes or defaults is
    bookkeeping. Two calls that differ in one compare models."""
    generic = {p.name for p in function.params if p.name in GENERIC_KEYS}
    inside = [c for c in facts.calls if c.ctx.func == function.qualname]
    chosen = {n for c in inside if modelish(c.qualname.rsplit(".", 1)[-1]) for a in (*c.args, *c.kwargs.values())
              for n in a.names if n in generic}
    chosen |= {n for b in facts.branches if b.ctx.func == function.qualname for n in b.test.names if n in generic}
    return frozenset(chosen | _dispatched_on(function, facts))


def _dispatched_on(function: Function, facts: FileFacts) -> set[str]:
    """Parameters named with a generic word (`opt_name`, `net_type`) that the function compares with a string
    literal (`if opt_name == "PIDAO":`, `elif net_type in ("gru", "lstm"):`): its value picks what is built."""
    named = {p.name for p in function.params if p.name not in GENERIC_KEYS and words(p.name) & GENERIC_KEYS}
    return {c.left.text for c in facts.compares if c.ctx.func == function.qualname and c.left.text in named
            and set(c.ops) <= {"==", "!=", "in", "not in"} and any(_strings(r) for r in c.right)}


def _strings(expr: Expr) -> bool:
    """A string literal, or a literal collection of strings (`("gru", "lstm")`)."""
    values = expr.value if isinstance(expr.value, list) else [expr.value]
    return expr.kind in ("str", "list", "tuple", "set") and bool(values) and all(isinstance(v, str) for v in values)


def _one_model(first: Call, second: Call) -> bool:
    """Both calls are handed the same model-named object (`model`, `net`): they train it in turn."""
    def models(call: Call) -> set[str]:
        return {a.text for a in (*call.args, *call.kwargs.values()) if a.kind == "name" and modelish(a.text)}
    return bool(models(first) & models(second))


def _literal_arguments(call: Call, function: Function) -> dict[str, object]:
    """The literal values a call passes, by the name of the parameter each binds, and the literal defaults of the
    parameters it leaves out (`fit(epochs=30)` runs at the `learning_rate=1e-3` that `fit(learning_rate=1e-4)` replaces)."""
    params = [p.name for p in function.params if p.name not in ("self", "cls") and not p.name.startswith("*")]
    passed = set(params[:len(call.args)]) | set(call.kwargs)
    defaults = {p.name: p.default.value for p in function.params
                if p.name not in passed and p.default is not None and p.default.is_literal and not call.star}
    given = {params[i]: arg.value for i, arg in enumerate(call.args[:len(params)]) if arg.is_literal}
    return defaults | given | {key: arg.value for key, arg in call.kwargs.items() if arg.is_literal}


# the field an expression ends with: `args.seed`, `cfg["train"]["seed"]`
_FIELD = re.compile(r"""(?:\.(\w+)|\[['"](\w+)['"]\])$""")


def written_seeds(facts: FileFacts, project) -> list[tuple[int, object, str]]:
    """(line, value, object) of literal seeds written into an object that a training call later in the same function
    receives (`run_args.seed = 7; trainer.fit(run_args)`), where some seeding call of the project reads a field of
    that name: the trained run is seeded there, whatever the callee's own default."""
    read = _seed_fields(project)
    out = []
    for assign in facts.assigns:
        if assign.op != "=" or len(assign.targets) != 1 or assign.value.kind != "int":
            continue
        text = assign.targets[0].text
        match = _FIELD.search(text)
        field, owner = (match[1] or match[2], text[:match.start()]) if match else ("", "")
        if not owner.isidentifier() or not is_seed_name(field) or field not in read or DATA_SEED_KEY.search(field):
            continue
        if any(is_train(c) and c.ctx.func == assign.ctx.func and c.line > assign.line and owner in _call_names(c)
               for c in facts.calls):
            out.append((assign.line, assign.value.value, owner))
    return out + _dict_seeds(facts, project, read)


def _dict_seeds(facts: FileFacts, project, read: set[str]) -> list[tuple[int, object, str]]:
    """(line, value, dict) of a literal seed entry of a dict (`defaults = {"seed": 11}`) that a training call later in
    the same function receives, itself or a copy of it (`settings = defaults.copy()`, `dict(defaults)`,
    `{**defaults}`), outside every seed loop, when some seeding call of the project reads a field of that name (or
    the callee passes the dict on as keywords: see _spread_by_callee, or an estimator is built with it spread as
    keywords: `GradientBoostingClassifier(**params)`) and nothing writes that entry of the copy: every run the call
    starts is seeded with that one value. A dict handed to a library's model class (`ClassificationModel("bert",
    name, args={"manual_seed": 4, ...})`) that the function then trains seeds the library's runs with its entry."""
    entries = list(facts.local_dict_ints)
    entries += [("", key, int(text), line) for key, text, line in facts.dict_settings if re.fullmatch(r"-?\d+", text)]
    seeded = seed_loops(facts, project)
    trainers = training_functions(facts, project, _training_launches(facts, project))
    out = []
    for func, key, value, line in entries:
        name, field = key.split(".", 1)[0], key.rsplit(".", 1)[-1]
        if not is_seed_name(field) or DATA_SEED_KEY.search(field):
            continue
        for call in facts.calls:
            built = is_estimator(call, facts) and bool(call.spread)  # `GradientBoostingClassifier(**params)`
            if call.line <= line or func and call.ctx.func != func or inside_loops(call.ctx.loops, seeded) or \
                    not (is_train(call) or call.qualname in trainers or built or call.targets):
                continue
            carriers = _dict_copies(facts, call.ctx.func, name, line, call.line)
            if (field in read and carriers & _call_names(call) or _spread_by_callee(call, carriers, project)
                    or built and carriers & set(call.spread) or _library_model_given(facts, project, call, carriers)) \
                    and not _entry_written(facts, call.ctx.func, carriers - {name}, field):
                out.append((line, value, name))
                break
    return out


def _library_model_given(facts: FileFacts, project, call: Call, carriers: set[str]) -> bool:
    """The call builds an object of a library's class (its module is none of the project's), handing it one of these
    dicts as its settings, and the function then trains what it built (`model = ClassificationModel(...,
    args=train_args)`, then `model.train_model(train_df)`)."""
    module, _, name = call.qualname.rpartition(".")
    if len(call.targets) != 1 or not module[:1].isalpha() or not name[:1].isupper() \
            or module_named(module, facts, project) is not None \
            or not carriers & {a.text for a in (*call.args, *call.kwargs.values())}:
        return False
    built = call.targets[0]
    return any(is_train(c) and c.line > call.line and c.ctx.func == call.ctx.func and c.qualname.startswith(built + ".")
               for c in facts.calls)


def _spread_by_callee(call: Call, carriers: set[str], project) -> bool:
    """Does the call hand one of these dicts, as a whole, to a parameter that the project function it calls passes on
    as keywords (`def fit_logged(model, params): model.set_params(**params)`)? Its entries are then that inner call's
    keywords."""
    spread = spread_parameters(project).get(call.qualname.rsplit(".", 1)[-1])
    if not spread:
        return False
    given = [a.text for a in call.args] + [""] * max(0, len(spread[0]) - len(call.args))
    return any(text in carriers and param in spread[1] for text, param in zip(given, spread[0])) or \
        any(a.text in carriers and key in spread[1] for key, a in call.kwargs.items())


_COPY_CALL = re.compile(r"^(?:\w+\.copy|dict|(?:copy\.)?(?:deep)?copy)$")


def _dict_copies(facts: FileFacts, func: str, name: str, after: int, before: int) -> set[str]:
    """`name` and the names bound in `func`, between two lines, to a copy of a dict it holds (`run = base.copy()`,
    `dict(base)`, `copy.deepcopy(base)`, `{**base, "lr": 0.1}`), copies of copies included."""
    carriers = {name}
    for assign in facts.assigns:
        if assign.ctx.func != func or not after < assign.line < before or len(assign.targets) != 1 \
                or assign.targets[0].kind != "name":
            continue
        value = assign.value
        spread = re.match(r"\{\s*\*\*\s*(\w+)", value.text) if value.kind == "dict" else None
        if value.kind == "call" and _COPY_CALL.match(value.qualname or "") and set(value.names) & carriers \
                or spread is not None and spread[1] in carriers:
            carriers.add(assign.targets[0].text)
    return carriers


def _entry_written(facts: FileFacts, func: str, copies: set[str], field: str) -> bool:
    """Is a seed entry of one of these copies written in `func` (`settings["seed"] = s`, `settings.update(seed=s)`)?"""
    written = re.compile(rf"""^(?:{'|'.join(map(re.escape, copies))})\s*(?:\[\s*['"]{re.escape(field)}['"]|\.{re.escape(field)}\b)""")
    return bool(copies) and (
        any(written.match(t.text) for a in facts.assigns if a.ctx.func == func for t in a.targets)
        or any(c.ctx.func == func and c.qualname.rsplit(".", 1)[0] in copies and c.qualname.endswith(".update")
               and field in " ".join((*c.kwargs, *(a.text for a in c.args))) for c in facts.calls))


def _seed_fields(project) -> set[str]:
    """Names of the object fields the project's seeding calls read their seed from (`args.seed`, `cfg["seed"]`)."""
    if "seed-fields" not in project.memo:
        fields = set()
        for other in project.python_files():
            for use in seed_uses(other, project):
                arg = _seed_arg(use)
                match = _FIELD.search(arg.text) if arg is not None and arg.kind in ("attr", "subscript") else None
                if match:
                    fields.add(match[1] or match[2])
        project.memo["seed-fields"] = fields
    return project.memo["seed-fields"]


def python_comparison(facts: FileFacts, project) -> tuple[int, str, list[tuple[str, int, str]]] | None:
    """(anchor line, message, related) when this file compares models under one fixed seed."""
    sweeps = sweeps_for(project, facts.path)
    if any(s.path != facts.path or s.program == facts.path and s.what != "python loop" for s in sweeps):
        return None
    if _evaluates_loaded_models(facts, project) or times_only(facts) or searches_seeds(facts.module):
        return None  # ... or a speed benchmark: the models are ranked by how long they take; or a seed search
    uses = fixed_uses(facts, project)
    if seeding_left_off(facts, project, uses):
        return None
    values = training_values(facts, project) if uses or facts.imports else []
    written = written_seeds(facts, project)
    if not values and not written:
        return None
    seeded = seed_loops(facts, project)
    if any(u.origin in ("loop", "env", "time") for u in seed_uses(facts, project) if not inside_loops(u.call.ctx.loops, seeded)
           and not (u.origin == "loop" and any(schedule_loop(facts.loops[i]) for i in u.call.ctx.loops))):
        return None  # a seed from an epoch loop's variable (`data_stream(seed=epoch)`) orders data, it varies no run
    found = _compared_site(facts, project, uses, values, written, seeded)
    if found is None or _varied_by_seed_loops(facts, sweeps, found[2]):
        return None
    placed = "here"
    if found[0] is None:  # no seed of this file: the compared trainers of a project module fix their own
        seat = _callees_seed(facts, project, found[2])
        if seat is None:
            return None
        source, use = seat
        placed = f"at {source.path}:{use.line}"
        # launched runs are reported at the seed option's default, in this file, or at the call of the function that
        # seeds them; a site of this file, at its first place
        anchor = use.option.line if use.option is not None and use.option.path == facts.path else \
            _call_into(facts, use.call.ctx.func) if found[2][0][0] != facts.path else found[2][0][1]
        found = ((anchor, use.value), found[1], [*found[2], (source.path, use.line, source.snippet(use.call.line).strip()[:200])])
    (line, value), site, related = found
    shown = f" {value}" if value is not None else ""
    if any(u.line == line and trainer_settings_default(u.call) is not None for u in uses):
        placed += " by default (the trainer's settings are built without `seed=`)"
    source = next((u.option for u in uses if u.line == line and u.option is not None and u.option.kind == "config"
                   and u.option.path != facts.path), None)  # a config file's value: where a reader changes it
    where = f" (its value read from {source.path}:{source.line})" if source is not None else ""
    carried = _estimators_carrying(facts, uses, line, value)
    if carried:  # the anchor is the data split's seed: say where the models' own seeds are
        where += f" (in the data split; the models carry it themselves at line{'s' if len(carried) > 1 else ''} " \
                 f"{', '.join(map(str, carried))})"
        related = [*related, *((facts.path, n, facts.snippet(n).strip()[:200]) for n in carried)]
    noun = _compared_noun(facts, related)
    unvaried = "no launch of this program runs another" if project.seed_variation.state == "swept" else \
        "nothing in the project varies it"  # the project sweeps other programs' seeds, not this one's
    message = (f"every {noun} compared in {site} runs under the one fixed seed{shown} set {placed}{where}, and "
               f"{unvaried}: the ranking may be the seed's, not the {noun}s'")
    if source is not None:
        related = [*related, (source.path, source.line, f"{source.name}: {source.default}")]
    return line, message, related


# calls that put trained weights into a model (`model.load_state_dict(torch.load(path))`, `Model.from_pretrained(dir)`,
# a project helper `utils.load(model, path)`)
_WEIGHT_LOADERS = frozenset(_STARTS_FROM | {"load_weights", "load_model", "load"})


def _evaluates_loaded_models(facts: FileFacts, project) -> bool:
    """A program that loads its models' trained weights (a loader of the libraries, or a project function named for
    loading a model or checkpoint: `load_graph_model(path)`) and reaches no training step (see
    reaches_no_training_step): the models it compares were trained elsewhere (a notebook scoring two checkpoints'
    samples, a script pruning a checkpoint by two ratios), and its seed fixes how they are sampled or scored, not how
    they were trained."""
    return any(c.qualname.rsplit(".", 1)[-1] in _WEIGHT_LOADERS or _named_loader(c.qualname.rsplit(".", 1)[-1])
               for c in facts.calls) and reaches_no_training_step(facts, project)


def _named_loader(name: str) -> bool:
    """`load_graph_model`, `load_checkpoint`, `restore_weights`: a function named for loading trained weights."""
    tokens = set(name_tokens(name))
    return bool(tokens & {"load", "restore"}) and bool(tokens & {"model", "checkpoint", "ckpt", "weights", "pretrained"})


def _estimators_carrying(facts: FileFacts, uses: list[SeedUse], line: int, value: object) -> list[int]:
    """Lines of estimators that draw with the seed `value` themselves (`RandomForestClassifier(random_state=42)`),
    when the finding's anchor on `line` is a data split's seed of that value; [] otherwise."""
    anchor = next((u for u in uses if u.line == line), None)
    if anchor is None or not data_seed(anchor):
        return []
    return sorted({u.line for u in uses if u.value == value and u.line != line and is_estimator(u.call, facts)
                   and draws(u.call)})


def _compared_noun(facts: FileFacts, related: list[tuple[str, int, str]]) -> str:
    """What a comparison's message calls its items: "model", unless the site is a loop whose items are named for no
    model, method or optimiser (`for name, sampler in resamplers.items()`, `for choice in ("mean", "attention")`):
    a "setting" then. Items a weight loader reads (`from_pretrained(name)`) are the models' own names."""
    lines = {line for path, line, _ in related if path == facts.path}
    loop = next((loop for loop in facts.loops if loop.line in lines and loop.iter is not None), None)
    if loop is None or modelish(" ".join(loop.targets) + " " + _unquoted(loop.iter.text)) \
            or _initialised_from_items(facts, loop, loaders_only=True):
        return "model"
    handed = {key for c in facts.calls_in(loop.id) for key, arg in c.kwargs.items()
              if set(arg.names) & set(loop.targets)}  # `pipeline(model=embedding)`: the items are models
    return "model" if any(modelish(key) for key in handed) else "setting"


def _callees_seed(facts: FileFacts, project, related: list[tuple[str, int, str]]) -> tuple[FileFacts, SeedUse] | None:
    """(module, seed use) where a project module this file imports fixes the seed of a function the compared site
    calls or lists (`for name, fit in [("tree", fit_tree), ...]` with `def fit_tree(X, y, random_state=0)` in
    models/tree.py, every call leaving the default): the compared models' one seed, written in another file."""
    lines = {line for path, line, _ in related if path == facts.path}
    if not lines:  # runs launched elsewhere: the seed is this program's option, applied in a module it imports, or,
        # where this program seeds nothing itself, a value written in the module's function that it calls
        # (`train_model(config)` seeding `42` itself; a parameter's default, `def evaluate(..., seed=1)`, is left out)
        called = {c.qualname.rsplit(".", 1)[-1] for c in facts.calls} if not seed_uses(facts, project) else set()
        return next(((source, use) for source in imported_modules(facts, project)
                     for use in sorted(fixed_uses(source, project), key=lambda u: u.line)
                     if (use.option is not None and use.option.path == facts.path
                         or use.option is None and use.origin in ("literal", "constant") and use.call.ctx.func
                         and use.call.ctx.func.split(".")[0] in called)
                     and _seeds_training(use, source, project)), None)
    loops = {loop.id for loop in facts.loops if loop.line in lines}
    names = {n for loop in facts.loops if loop.id in loops and loop.iter is not None for n in loop.iter.names}
    calls = [c for c in facts.calls if c.line in lines or set(c.ctx.loops) & loops]
    if any(is_seed_name(key) for c in calls for key in c.kwargs) or any(c.star for c in calls):
        return None  # `fit(X, y, random_state=seed)`: the site hands its trainers a seed of its own
    called = {n.rsplit(".", 1)[-1] for n in names | {c.qualname for c in calls}}
    for source in imported_modules(facts, project):
        for use in sorted(fixed_uses(source, project), key=lambda u: u.line):
            # a function the site calls, or a collection it runs over that holds the seeded model (`models = {"rf":
            # RandomForestClassifier(random_state=42), ...}` in model_dispatcher.py, looped over here)
            held = not use.call.ctx.func and bool(_listed_with(stored_under(use.call, source), source) & called)
            if (use.call.ctx.func.split(".")[0] in called or held) and _seeds_training(use, source, project):
                return source, use
    return None


def _call_into(facts: FileFacts, function: str) -> int:
    """The line of this file's first call of a module's function (`train_model(config)` for `train_model`), else
    its first line of code."""
    name = function.split(".")[0]
    return next((c.line for c in facts.calls if c.qualname.rsplit(".", 1)[-1] == name),
                min((c.line for c in facts.calls), default=1))


def _listed_with(names: set[str], facts: FileFacts) -> set[str]:
    """The names, with the module-level collections that list any of them (`classifier = [LogReg, KNNClf]`): a site
    running over the collection runs over each model kept under those names."""
    return names | {t.text for a in facts.assigns if not a.ctx.func and a.value.text[:1] in "[({"
                    and names & set(a.value.names) for t in a.targets if t.kind == "name"}


def _varied_by_seed_loops(facts: FileFacts, sweeps: list, related: list[tuple[str, int, str]]) -> bool:
    """A seed loop of this file runs the compared models: a place of the comparison lies inside it, or in a function
    of the file called inside it, or it lies inside the compared loop. A seed search elsewhere in the file (after a comparison at one fixed seed) varies
    nothing that comparison rests on."""
    spans = [(loop.line, loop.end_line) for s in sweeps if s.what == "python loop" and s.path == facts.path
             for loop in facts.loops if loop.line == s.line]
    if not spans:
        return False
    lines = [line for path, line, _ in related if path == facts.path]
    if any(start <= line <= end for line in lines for start, end in spans):
        return True
    compared = [(loop.line, loop.end_line) for loop in facts.loops if loop.line in lines]
    if any(outer <= start and end <= last for outer, last in compared for start, end in spans):
        return True  # the seed loop runs inside the compared loop (`for model in models: for seed in seeds:`)
    homes = {c.ctx.func.split(".")[0] for c in facts.calls if c.line in lines and c.ctx.func}
    return any(c.qualname in homes and start <= c.line <= end for c in facts.calls for start, end in spans) or \
        not lines


def _seat(use: SeedUse | None) -> tuple[int, object] | None:
    """(line, value) of a seed use, the anchor a comparison's finding stands on."""
    return (use.line, use.value) if use is not None else None


def _compared_site(facts: FileFacts, project, uses: list[SeedUse], values: list[object],
                   written: list[tuple[int, object, str]], seeded: dict[int, Loop]):
    """((anchor line, seed value) or None, where the models are compared, related locations) for the first way
    this file compares models: a loop, estimators in one file, launch lines, training calls back to back, sibling
    scripts or a model selector; None if none."""
    trainers = training_functions(facts, project, _training_launches(facts, project))
    loop = loop_comparison(facts, seeded, trainers, project.lines_of(facts.path), imported_collections(facts, project))
    loop = None if loop is not None and _seedless_estimators(loop, facts) else loop
    near = [u for u in uses if loop is None or not _generator_kept_elsewhere(u, loop, facts)]
    if len(near) < len(uses) and not any(_seeds_training(u, facts, project) for u in near):
        near = []  # past a generator kept out of the loop, only the data's seeds are left (`make_moons(random_state=0)`)
    if loop is not None and (near or not uses):
        inside = [w[:2] for w in written if loop.line <= w[0] <= loop.end_line]
        anchor = inside[0] if inside else (_seat(anchor_use(facts, near, values, loop)) if near else None) or \
            (written[0][:2] if written else None)  # a seed written into a settings dict, where no call applies one
        kind = "comprehension" if loop.kind == "comp" else "loop"
        return anchor, f"the {kind} at line {loop.line}", [(facts.path, loop.line, loop.iter.text if loop.iter is not None else "")]
    if values and (compared := estimator_comparison(facts, uses, seeded, project.lines_of(facts.path))) is not None:
        return _seat(compared.anchor), compared.site(facts), compared.related(facts)
    launched = launched_comparison(facts, project, seeding_switch(facts, uses)) \
        if (values or written) and not _split_step(facts) else []
    if launched:
        sites = ", ".join(f"{path}:{invocation.line}" for path, invocation in launched[:3])
        more = f" and {len(launched) - 3} more" if len(launched) > 3 else ""
        anchor = _seat(anchor_use(facts, uses, values)) if values else written[0][:2]  # a seed in a settings dict
        return anchor, f"the runs launched from {sites}{more}", \
            [(path, invocation.line, invocation.text[:200]) for path, invocation in launched]
    trained = sequential_comparison(facts, project, written, trainers) or setting_calls(facts, project, trainers) \
        or side_by_side_training(facts) or reseeded_runs(facts, uses) or rival_trainers(facts, trainers)
    if trained:
        before = [w[:2] for w in written if w[0] < trained[0].line]
        anchor = before[0] if before else _seat(anchor_use(facts, uses, values)) if values else written[0][:2] if written else None
        lines = list(dict.fromkeys(c.line for c in trained))  # two calls may share a line (`[run("a"), run("b")]`)
        return anchor, f"the training calls at line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))}", \
            [(facts.path, c.line, facts.snippet(c.line).strip()[:200]) for c in trained]
    if not values:
        return None
    siblings = sibling_scripts(facts, project, values[0]) \
        if project.seed_variation.state != "swept" and not _launched_beside_rivals(facts, project) else []
    if siblings:
        names = ", ".join(o.path.rpartition("/")[2] for o in siblings)
        related = [(o.path, seat.line, o.snippet(seat.call.line).strip()[:200])
                   for o in siblings if (seat := training_seed(o, project, values[0])) is not None]
        return _seat(training_seed(facts, project, values[0])), f"this script and its siblings ({names})", related
    selector = selected_comparison(facts, project, uses) if not all(map(projection_seed, uses)) else None
    if selector is not None:
        path, line, text = selector
        return _seat(anchor_use(facts, uses, values)), f"the choice of model at {path}:{line}", [selector]
    return None


def _seedless_estimators(loop: Loop, facts: FileFacts) -> bool:
    """The loop runs over estimators written in a collection (`{"svm": SVC(kernel="linear"), "logistic":
    LogisticRegression()}`), or builds and trains only estimators on each pass, none of whose fits reads a seed: their
    ranking depends on no seed, whatever a generator of the file (a permutation test's) is seeded with."""
    bound = _bound_collections(facts, loop) if loop.iter is not None else []
    starts = [loop.line] + [a.line for a in bound if _written_collection(a.value)]
    spans = [next((end for first, end in facts.statements if first == start), start) for start in starts]
    built = [c for c in facts.calls if is_estimator(c, facts)
             and any(start <= c.line <= end for start, end in zip(starts, spans))]
    if not built:  # built on each pass (`for k in dims: search = GridSearchCV(SVC(), grid); search.fit(...)`)
        inside = facts.calls_in(loop.id)
        built = [c for c in inside if is_estimator(c, facts)]
        kinds, ids = {c.qualname for c in built}, {id(c) for c in built}
        # ... or a search or ensemble wrapping one (`GridSearchCV(SVC(), grid)`)
        names = {t for c in inside if id(c) in ids or c.args and c.args[0].qualname in kinds for t in c.targets}
        if any(is_train(c) and c.qualname.rpartition(".")[0] not in names for c in inside):
            return False  # ... and only those: another training in the loop may draw
    return bool(built) and not any(reads_seed(c) for c in built)


def _generator_kept_elsewhere(use: SeedUse, loop: Loop, facts: FileFacts) -> bool:
    """A seeded generator object (`gen = np.random.RandomState(11)`) made in a function other than the compared
    loop's (nor one enclosing it), or made where the loop runs but never drawn from inside it, and kept there: drawn
    from through its own methods only, never passed to a call, returned or stored on an object. Its seed fixes what
    it draws (a toy scatter, noise added to a data set every model shares), not the runs the loop fits, which draw
    from wherever their own seeding leaves them."""
    call, home = use.call, use.call.ctx.func
    if call.qualname not in RNG_FACTORIES or len(call.targets) != 1 or not call.targets[0].isidentifier():
        return False
    name = call.targets[0]
    if home == loop.ctx.func or not home or loop.ctx.func.startswith(home + "."):
        # made where the loop runs: kept out of it only when no draw through it happens inside the loop
        if any(c.qualname.startswith(name + ".") for c in facts.calls_in(loop.id)):
            return False
    bare = re.compile(rf"(?<![\w.]){re.escape(name)}(?![\w.])")  # the object itself, not a draw through it (gen.normal)
    passed = any(bare.search(a.text) for c in facts.calls if c.ctx.func == home for a in (*c.args, *c.kwargs.values()))
    returned = any(func == home and bare.search(value.text) for func, value, _ in facts.returns)
    stored = any(a.value.text.strip() == name for a in facts.assigns if a.ctx.func == home)  # `self.rng = gen`
    return not (passed or returned or stored)


_OPTIMISER_WORDS = {"optimizer", "optimizers", "optimiser", "optimisers", "optim", "opt"}


def seeding_left_off(facts: FileFacts, project, uses: list[SeedUse]) -> bool:
    """Every fixed seed of the file is set under an on/off switch (`if opt.deterministic: torch.manual_seed(12345)`,
    `--deterministic` a store_true option: see seeding_switch) that no launch of the program turns on: its runs,
    by hand or from the project's launchers, are unseeded."""
    switch = seeding_switch(facts, uses) if uses else None
    return switch is not None and not any(
        switch in {key.replace("-", "_") for key in invocation.options} for _, invocation in project.runs.get(facts.path, []))


def seeding_switch(facts: FileFacts, uses: list[SeedUse]) -> str | None:
    """The on/off option every fixed seed of this file is set under (`if args.fix_seed: torch.manual_seed(…)`
    with `--fix_seed` a store_true switch): a run that does not pass it seeds nothing."""
    switches = {option_name(c) for c in facts.calls if c.qualname.rsplit(".", 1)[-1] in _OPTION_CALLS and is_switch(c)}
    guards: set[str] | None = None
    for use in uses:
        tested = {b.test.text.rpartition(".")[2] for b in map(facts.branch, use.call.ctx.conds)
                  if not b.negated and b.test.kind == "attr"}
        guards = tested if guards is None else guards & tested
    return min((guards or set()) & switches, default=None)


def _split_step(facts: FileFacts) -> bool:
    """A script that makes data splits (KFold, train_test_split, …) and neither fits nor builds a model: a
    preparation step, whose launches with other options write other splits, not other models."""
    return not built_models(facts) and not any(fits(c, facts) for c in facts.calls) \
        and any(_SPLITTER.search(c.qualname.rpartition(".")[2]) for c in facts.calls)


_SPLITTER = re.compile(r"Fold$|Split$|^train_test_split$|^random_split$")


def built_models(facts: FileFacts, named: bool = True) -> set[str]:
    """The model classes a file builds: classes whose instance it binds to a model name (`model = XGBClassifier(…)`,
    `net = ResNet18()`), not to an optimiser's (`optimizer = AdamW(…)`: scripts for two models share it, and a
    memory-saving variant of it makes no other model); with `named` False, to any name (`teacher = ResNet50()` too).
    A factory handed the file's model option (`model = net_factory(net_type=args.model)`) builds the model that
    option's default names (`--model` defaulting to "unet_3d")."""
    defaults = option_defaults(facts, ("str",))
    out = set()
    for c in facts.calls:
        if not c.targets or named and not any(modelish(t) and not words(t) & _OPTIMISER_WORDS for t in c.targets):
            continue
        if c.qualname.rsplit(".", 1)[-1][:1].isupper():
            out.add(c.qualname.rsplit(".", 1)[-1])
        for arg in (*c.args, *c.kwargs.values()):
            option = _OPTION_READ.fullmatch(arg.text)
            if option and modelish(option[1]) and isinstance(defaults.get(option[1]), str):
                out.add(defaults[option[1]])
    return out


_OPTION_READ = re.compile(r"(?:args|opt|opts|cfg|config|FLAGS|hparams|params)\.(\w+)")


def _reads_other_data(a: FileFacts, b: FileFacts) -> bool:
    """Two scripts whose input-data options default to other data (`--root_path ../data/ACDC` beside
    `../data/BraTS2019`): a 2D and a 3D pipeline, each for its own data set, are not one comparison. Places are told
    apart by their last part: one data set copied to two machines (`/home/me/data/X`, `/scratch/X`) is one."""
    theirs = _input_defaults(b)
    return any(name in theirs and theirs[name] != value for name, value in _input_defaults(a).items())


# options naming where a script reads its data (not where it writes: outputs, logs, checkpoints, experiment names)
_INPUT_WORDS = {"root", "data", "dataset", "datadir", "dir", "path", "corpus"}
_OUTPUT_WORDS = {"save", "out", "output", "log", "logs", "ckpt", "checkpoint", "exp", "result", "results", "snapshot",
                 "model", "pretrained", "resume", "weights", "cache"}


def _input_defaults(facts: FileFacts) -> dict[str, str]:
    return {name: value.rstrip("/").rsplit("/", 1)[-1] for name, value in option_defaults(facts, ("str",)).items()
            if (tokens := set(name_tokens(name))) & _INPUT_WORDS and not tokens & _OUTPUT_WORDS}


def _environments(facts: FileFacts) -> set[str]:
    """The environments a script makes by id (`gym.make("CartPole-v1")`)."""
    return {str(c.args[0].value) for c in facts.calls if c.qualname in GYM_MAKERS and c.args and c.args[0].kind == "str"}


def _outline(facts: FileFacts) -> set[str]:
    """What a script is made of: the functions it defines and the options it reads."""
    return {f.name for f in facts.functions} | {n for c in facts.calls
                                                 if c.qualname.rsplit(".", 1)[-1] in _OPTION_CALLS and (n := option_name(c))}


def sibling_scripts(facts: FileFacts, project, value: object) -> list[FileFacts]:
    """See _sibling_scripts; once per file, seed value and pass (each script of a family asks it of the others)."""
    known = project.memo.setdefault("sa101-sibling-scripts", {})
    if (facts.path, value) not in known:
        known[facts.path, value] = _sibling_scripts(facts, project, value)
    return known[facts.path, value]


def _sibling_scripts(facts: FileFacts, project, value: object) -> list[FileFacts]:
    """Training entry scripts (not a pipeline stage: evaluate, test, …) next to this one that are the same script for
    another model (`train_rf.py`, `train_svm.py`): named alike (a shared first or last word), built alike (at least
    half of the functions and options of the smaller in common), building none of the same model classes (a
    student's script also builds its teacher) nor loading the same checkpoint (an Accelerate and a DeepSpeed copy of
    one BERT fine-tuning wrap `bert-base-cased` in other classes), making the same environments (one method on two games is no
    comparison), and training under the same fixed seed value. Such a family is a comparison even when nothing
    launches it. A model module whose `__main__` block only pushes a random input through the model (a shape
    check) trains nothing, here or in what it imports, and is no such script."""
    mine, envs = built_models(facts), _environments(facts)
    folder, _, name = facts.path.rpartition("/")
    if not facts.has_main_guard or not mine or _STAGE.search(name) or takes_no_training_step(facts, project):
        return []
    stem, any_built = name_tokens(name.rsplit(".", 1)[0]), built_models(facts, named=False)
    out = []
    for other in project.python_files():
        folder_b, _, name_b = other.path.rpartition("/")
        stem_b = name_tokens(name_b.rsplit(".", 1)[0])
        if other is facts or folder_b != folder or not other.has_main_guard or _STAGE.search(name_b) \
                or not stem or not stem_b or stem[0] != stem_b[0] and stem[-1] != stem_b[-1]:
            continue
        theirs = built_models(other)
        if not theirs or _environments(other) != envs or _pretrained(facts) & _pretrained(other) \
                or _reads_other_data(facts, other) \
                or takes_no_training_step(other, project) or _products(facts) & _products(other) or times_only(other):
            continue  # ... or the one checkpoint loaded by both (`bert-base-cased`), whatever class wraps it, or one
            # script's predictions that the other reads (an entity model's output a relation model trains on)
        if (theirs & any_built or mine & built_models(other, named=False)) and \
                not (theirs == mine and _settings_written_differ(facts, other)):
            continue
        a, b = _outline(facts), _outline(other)
        if 2 * len(a & b) >= min(len(a), len(b)) > 0 and not sweeps_for(project, other.path) \
                and value in training_values(other, project) and not _run_together(mine, theirs, (facts, other), project):
            out.append(other)
    return out


# words of a file a run writes for a later stage to read: its predictions, outputs, features or checkpoint
_PRODUCT_WORDS = {"pred", "preds", "prediction", "predictions", "output", "outputs", "ckpt", "checkpoint",
                  "features", "embeddings", "emb", "logits"}
_FILE_DEFAULT = re.compile(r"^[\w.-]+\.[A-Za-z]{2,7}$")


def _products(facts: FileFacts) -> set[str]:
    """The file names a script's options default to that name a run's product (`--test_pred_filename` defaulting to
    `ent_pred_test.json`): two scripts that both name one such file are two stages, one writing what the other
    reads."""
    return {value for value in option_defaults(facts, ("str",)).values()
            if _FILE_DEFAULT.match(value) and set(name_tokens(value.rsplit(".", 1)[0])) & _PRODUCT_WORDS}


def _pretrained(facts: FileFacts) -> set[str]:
    """The checkpoints a script loads a model or its configuration from (`AutoModel.from_pretrained("bert-base-cased")`,
    `AutoConfig.from_pretrained("bert-base-cased")` for a wrapper class; not a tokenizer's or a processor's, which
    rival models may share)."""
    return {str(c.args[0].value) for c in facts.calls if c.qualname.endswith(".from_pretrained") and c.args
            and isinstance(c.args[0].value, str)
            and not re.search(r"Tokeni[sz]er|Processor|FeatureExtractor", c.qualname.rsplit(".", 2)[-2])}


def _run_together(mine: set[str], theirs: set[str], scripts: tuple[FileFacts, ...], project) -> bool:
    """Another program of the project builds a model class of each script (one the other does not build) in one
    function, both on its one path (neither under a branch or loop but the main guard): it runs the two trained
    models together, as the stages of one system (an extractor whose output a linker reads), so the scripts train
    parts of one system, not rival models. A program that picks one of them by a branch (`if args.model == ...`)
    runs them apart."""
    for user in project.python_files():
        if any(user is s for s in scripts):
            continue
        built: dict[str, set[str]] = {}
        for call in user.calls:
            name = call.qualname.rsplit(".", 1)[-1]
            if name in mine | theirs and call.targets and not call.ctx.loops \
                    and all(user.branch(b).main_guard for b in call.ctx.conds):
                built.setdefault(call.ctx.func, set()).add(name)
        if any(names & (mine - theirs) and names & (theirs - mine) for names in built.values()):
            return True
    return False


_OPTION_CALLS = ("add_argument", "add_option", "option")


def _data_imports(facts: FileFacts) -> set[tuple[str, tuple[str, ...]]]:
    """The imports that name a data set or its module (`from datasets import CifarResNet as Dataset`)."""
    return {(imp.module, imp.names) for imp in facts.imports if words(" ".join((imp.module, *imp.names))) & DATA_WORDS}


def _settings_written_differ(a: FileFacts, b: FileFacts) -> bool:
    """Two scripts of one model that write different values of a setting into their config dicts (`"d_model":
    1024` and `"d_model": 2048`) on the same data: an ablation over that setting, one script per value. A data key
    or a data module imported differently makes them runs on other data instead."""
    mine, theirs = {k: v for k, v, _ in a.dict_settings}, {k: v for k, v, _ in b.dict_settings}
    differing = [key for key in mine.keys() & theirs.keys() if mine[key] != theirs[key]]
    if not differing or _data_imports(a) != _data_imports(b) or any(setting_role(k) == "data" for k in differing):
        return False
    return any(setting_role(k) == "setting" and not is_seed_name(k.rpartition(".")[2]) for k in differing)


def model_selector(facts: FileFacts) -> tuple[int, str] | None:
    """(line, text) where a file chooses among two or more models by name: an option whose choices name them
    (`--arch` with choices GIN, GCN, GAT) or a dispatch comparing a model-named value with two or more names
    (`if cfg.model_type == "gpt": … elif cfg.model_type == "rnn":`). The dispatched value must be a run setting, an
    attribute or item of an options or config object: a function's own parameter (`if method == "clip"`) or an
    object's attribute (`self.variant`) picks among variants an implementation offers, not among compared runs."""
    for call in facts.calls:
        choices = call.kwargs.get("choices")
        if call.qualname.rsplit(".", 1)[-1] in _OPTION_CALLS and choices is not None and isinstance(choices.value, list) \
                and len(set(map(str, choices.value))) >= 2 and modelish(option_name(call) or ""):
            return call.line, facts.snippet(call.line).strip()[:200]
    named: dict[str, list[Compare]] = {}
    for compare in facts.compares:
        if compare.ops == ("==",) and compare.right[0].kind == "str" and _run_setting(compare.left.text) \
                and modelish(_last_word(compare.left.text)):
            named.setdefault(compare.left.text, []).append(compare)
    for compares in named.values():
        if len({c.right[0].value for c in compares}) >= 2:
            return compares[0].line, facts.snippet(compares[0].line).strip()[:200]
    return None


def _run_setting(text: str) -> bool:
    """An expression that reads a field of an object other than `self`/`cls` (`args.arch`, `cfg["model"]`)."""
    return bool(re.search(r"[.\[]", text)) and not re.match(r"(?:self|cls)\b", text.strip())


def _last_word(text: str) -> str:
    """The name an expression ends with: `cfg.model_type`, `cfg["arch"]` → model_type, arch."""
    found = re.findall(r"\w+", text)
    return found[-1] if found else ""


def selected_comparison(facts: FileFacts, project, uses: list[SeedUse]) -> tuple[str, int, str] | None:
    """(path, line, text) of a model selector (see model_selector) that trains under this file's seed when every
    seed is hard-coded and the project has no seed option: the selector in this file, or in an entry script
    importing this module when this module seeds at import or in a function the entry script calls by name
    (`trainer.fit()` running `Trainer.fit`, which seeds a literal), and the entry script fixes no seed of its own (one
    that does is where the choice is reported). Each model the project offers then runs under that one seed. A
    program that takes no training step (features extracted with a pretrained backbone it picks) compares no trained
    models, whatever models it offers."""
    if project.seed_options or any(u.origin not in _FIXED for u in uses):
        return None
    own = model_selector(facts)
    if own is not None:
        return None if takes_no_training_step(facts, project) else (facts.path, *own)
    if facts.kind != "py":
        return None
    at_import = any(not u.call.ctx.func and not any(facts.branch(b).main_guard for b in u.call.ctx.conds) for u in uses)
    seeding = {u.call.ctx.func.rsplit(".", 1)[-1] for u in uses if u.call.ctx.func}
    if not at_import and not seeding:
        return None
    for other in project.python_files():
        if other is not facts and other.has_main_guard and any(m is facts for m in imported_modules(other, project)) \
                and (at_import or any(c.qualname.rsplit(".", 1)[-1] in seeding for c in other.calls)):
            found = model_selector(other)
            if found is not None and not fixed_uses(other, project) and not takes_no_training_step(other, project):
                # (else reported once, at the entry script's seed)
                return (other.path, *found)
    return None


@check("SA101")
def single_seed_comparison(facts, project, config) -> Iterator[Hit]:
    found = python_comparison(facts, project)
    if found is not None and not _reported_at_an_earlier_sibling(facts, project, found[2]):
        line, message, related = found
        yield Hit(line, message, related=related)


def _launched_beside_rivals(facts: FileFacts, project) -> bool:
    """A launch file runs this script beside rival programs (see rival_programs): that comparison is judged, and
    reported once, from the launches (see launched_comparison), not again as a family of sibling scripts."""
    for path, invocation in project.runs.get(facts.path, ()):
        launch = project.files.get(path)
        if any(other.program != invocation.program and rival_programs(invocation, other, project)
               for other in getattr(launch, "invocations", ())):
            return True
    return False


def _reported_at_an_earlier_sibling(facts: FileFacts, project, related: list[tuple[str, int, str]]) -> bool:
    """The comparison is a family of sibling scripts (see sibling_scripts) and this script is not the family's first
    by path: the family is one problem, reported once, at its first script, with the others as related places. The
    family is every script joined through siblings (two scripts for the same model are no siblings of each other, yet
    both belong to the family of the scripts for other models)."""
    values = training_values(facts, project)
    siblings = sibling_scripts(facts, project, values[0]) if values else []
    paths = {path for path, _, _ in related}
    if not paths or not paths <= {o.path for o in siblings}:
        return False
    family, frontier = {facts.path}, list(siblings)
    while frontier:
        member = frontier.pop()
        if member.path not in family:
            family.add(member.path)
            frontier.extend(sibling_scripts(member, project, values[0]))
    return min(family) != facts.path


def program_name(invocation: Invocation) -> str:
    return invocation.program.rsplit("/", 1)[-1]


def training_program(invocation: Invocation, project) -> bool:
    """A launch that trains: not a pipeline stage (prepare, evaluate, plot, …) nor an evaluation run. A stage that
    loads the model trained under the seed it is passed (`torch.load(f"{model}-{seed}.pt")`) stands for that
    training run: its seeds are the trained models'."""
    programs = [project.files[path] for path in _files([invocation], project) if isinstance(project.files.get(path), FileFacts)]
    if not trains(invocation, programs[0] if len(programs) == 1 else None) or _left_untrained(invocation, project):
        return False
    if not _STAGE.search(program_name(invocation).removesuffix(".py")):
        return not programs or not all(analysis_only(f, project) for f in programs)
    return any(model_per_seed(f) for f in programs)


def _training_launches(facts: FileFacts, project) -> frozenset[int]:
    """Lines of this file's program starters whose command starts a training program (see training_program)."""
    return frozenset(invocation.line for launch in project.python_launches if launch.path == facts.path
                     for invocation in launch.invocations if training_program(invocation, project))


def analysis_only(facts: FileFacts, project) -> bool:
    """A program that reads what runs saved and trains nothing (`compute_similarity.py` over pickled messages):
    it has no model in it (`training.trains_nothing`), launches no other program, and seeds and draws nothing
    itself (no seeding call, global-RNG draw, generator or seed argument). Launched after a seed loop, it is no
    once-run side of a comparison, whatever seed-named option it has."""
    key = ("analysis-only", facts.path)
    if key not in project.memo:
        project.memo[key] = trains_nothing(facts, project) and not any(
            starts_program(c) or c.qualname in RNG_FACTORIES or seeder(c.qualname) or draw_family(c.qualname)
            or any(is_seed_name(k) for k in c.kwargs) for c in facts.calls)
    return project.memo[key]


def _train_switched(invocation: Invocation) -> bool:
    """The launch turns training on by a switch (`--do_train`, `--train True`)."""
    return any(_TRAIN_SWITCH.match(name.lower().replace("-", "_")) and value.strip("'\"").lower() not in _OFF
               for name, value in invocation.options.items())


def _left_untrained(invocation: Invocation, project) -> bool:
    """A launch that leaves out the switch other launches of its program turn training on with (`--do_train` of a
    Hugging Face script, where training runs only when asked): it predicts or evaluates with a trained model."""
    if "train-switched-programs" not in project.memo:
        project.memo["train-switched-programs"] = {path for path, runs in project.runs.items()
                                                   if any(_train_switched(inv) for _, inv in runs)}
    switched = project.memo["train-switched-programs"]
    return not _train_switched(invocation) and any(path in switched for path in _files([invocation], project))


def launch_seeds(facts: LaunchFacts, project) -> list[tuple[Invocation, str | None, tuple[str, ...], int, int]]:
    return [(inv, *invocation_seeds(inv, project)) for inv in facts.invocations]


def _baseline_partner(group: list[Invocation], value: str, project) -> str | None:
    """For a baseline launched at one seed: another entry point of the project fixed at that same seed."""
    if not any("baseline" in program_name(inv).lower() for inv in group):
        return None
    launched = {inv.program.lstrip("./") for inv in group}
    for other in project.python_files():
        if not other.has_main_guard or any(other.path.endswith(p) for p in launched) or sweeps_for(project, other.path):
            continue
        if any(str(u.value) == value for u in fixed_uses(other, project)):
            return other.path
    return None


def _fixed_groups(facts: LaunchFacts, project) -> dict[str, list[tuple[Invocation, int]]] | None:
    """A launch file's training launches at one fixed seed, by seed value (None when some run several seeds), once
    per file and pass: every launch file reads every other's."""
    return project.per_file("sa101-fixed-groups", facts, _grouped_by_seed)


def _grouped_by_seed(facts: LaunchFacts, project) -> dict[str, list[tuple[Invocation, int]]] | None:
    runs = [r for r in launch_seeds(facts, project) if training_program(r[0], project)]
    if any(count >= 2 for *_, count, _ in runs):
        return None  # several seeds for some runs: a budget question (SA103), not a single seed
    by_value: dict[str, list[tuple[Invocation, int]]] = {}
    for inv, name, values, count, line in runs:
        if count == 1 and values:
            by_value.setdefault(values[0], []).append((inv, line))
    return by_value


@check("SA101", kinds=(*SHELL, "yaml"))
def launcher_single_seed(facts: LaunchFacts, project, config) -> Iterator[Hit]:
    """Launches of several models or configurations at one seed, nothing running them at another: launch files that
    compare at that seed, each on its own or each running one side (`run_a.sh`, `run_b.sh`), and joined through the
    launches they share, are one problem, reported once: at the first of them this run reports on (see reported_at),
    one that compares on its own before one that runs a side, then by path, where it passes the seed, the others'
    seed places related.
    A side run at one seed while a sibling launch file runs a configuration it is compared with over several is a
    comparison on one draw of that side (the same unequal budget inside one launch file is SA103's)."""
    verdict = _launch_verdict(facts, project)
    if isinstance(verdict, Hit):
        yield verdict
    elif verdict is not None:
        members = _joined_members(facts, project)
        if project.reported_at(members) is not facts:
            return  # reported at one launch file of those that compare together
        value, line, joined = verdict.value, verdict.line, verdict.joined
        others = [*{f.path: f for f in [*members, *(f for f, _ in joined)] if f is not facts}.values()]
        runs = {f.path: runs for f, runs in joined}
        for member in (m for m in members if m is not facts):  # joined through others, perhaps at a seed of their own
            groups = _fixed_groups(member, project)
            runs.setdefault(member.path, groups.get(value) or groups[_launch_verdict(member, project).value])
        related = [(f.path, launch_line, inv.text[:200]) for f in others for inv, launch_line in runs[f.path][:1]]
        also = f" (with {_listed([f.path for f in others])})" if others else ""
        yield Hit(line, f"these launches{also} compare models or configurations under the one seed {value} and nothing "
                        "in the project runs another: one draw per model decides the comparison", related=related)


def _listed(paths: list[str], shown: int = 3) -> str:
    """The first few paths of a group, and how many more there are (the related places list them all)."""
    return ", ".join(paths[:shown]) + (f" and {len(paths) - shown} more" if len(paths) > shown else "")


class _Groups:
    """Keys joined pair by pair into disjoint groups (union-find): the files of one problem spread over a project."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def root(self, key):
        while self.parent.setdefault(key, key) != key:
            self.parent[key] = key = self.parent[self.parent[key]]
        return key

    def join(self, first, second) -> None:
        self.parent[self.root(second)] = self.root(first)


class _Comparing(NamedTuple):
    """A launch file's part in a comparison at one seed: the seed, where the file passes it, the sibling launch files
    it compares with (each with its runs at that seed), and whether it compares on its own."""
    value: str
    line: int
    joined: list
    alone: bool


def _launch_verdict(facts: LaunchFacts, project) -> Hit | _Comparing | None:
    """What a launch file's fixed-seed launches amount to, once per file and pass: a finding of its own (a side
    run at one seed against a rival's sweep, a baseline beside another entry point), its part in a comparison at one
    seed (see _Comparing), or None."""
    return project.per_file("sa101-launch-verdict", facts, _judged_launches)


def _judged_launches(facts: LaunchFacts, project) -> Hit | _Comparing | None:
    by_value = _fixed_groups(facts, project)
    if not by_value:
        return None
    siblings = [(f, g) for f in project.launch_files() if f is not facts and (f.kind in SHELL or f.kind == "yaml" and f.invocations)
                for g in [_fixed_groups(f, project)] if g]
    for value, group in by_value.items():
        invocations = [inv for inv, _ in group]
        # the same launches written out again at other seeds, in sibling files or in this one (a block per seed)
        if _swept_alike(invocations, project) or _search_before_a_sweep(facts, invocations, project) or \
                _seed_per_file(facts, invocations, value, [*siblings, (facts, by_value)], project):
            continue
        others = [(f, g[value]) for f, g in siblings if value in g and not _swept_alike([inv for inv, _ in g[value]], project)]
        compared = compared_launches(invocations, project)
        # launches that compare on their own still compare beside any others: every sibling at the seed joins them;
        # else a sibling joins that runs another configuration of a program run here, or a rival program (one launch
        # file per method: `benchmark_gcn.sh` running `main_gcn.py`, `benchmark_gat.sh` running `main_gat.py`)
        joined = others if compared else [
            (f, runs) for f, runs in others if compared_launches(invocations + [inv for inv, _ in runs], project)]
        rival = None if compared or joined else _swept_rival(facts, invocations, project)
        partner = None if compared or joined or rival else _baseline_partner(invocations, value, project)
        if rival is not None:
            where, launch, count = rival
            return Hit(group[0][1], f"this configuration runs under the one seed {value} while {where.path} runs a "
                                    f"configuration it is compared with over {count} seeds: this side of the comparison "
                                    "rests on one draw", related=[(where.path, launch.line, launch.text[:200])])
        if not compared and not joined and partner is None:
            continue
        if not compared and not joined:
            return Hit(group[0][1], f"this baseline and {partner} compare models or configurations under the one seed "
                                    f"{value} and nothing in the project runs another: one draw per model decides the "
                                    "comparison")
        return _Comparing(value, group[0][1], joined, compared)
    return None


def _joined_members(facts: LaunchFacts, project) -> list[LaunchFacts]:
    """The launch files that compare together with this one, joined through each other (a file running one side
    joins the files running the others), and those comparing at the same seed on other data (the project fixing one
    seed for every data set is one problem): one problem for all of them, those that compare on their own first,
    then by path."""
    if "sa101-joined-members" not in project.memo:
        groups = _Groups()
        joining = {}
        for launch in project.launch_files():
            if (launch.kind in SHELL or launch.kind == "yaml" and launch.invocations) and _fixed_groups(launch, project):
                verdict = _launch_verdict(launch, project)
                if isinstance(verdict, _Comparing):
                    joining[launch.path] = launch
        first_at: dict[str, str] = {}  # the seed's first launch file: every file comparing at that seed joins it
        for path, launch in joining.items():
            verdict = _launch_verdict(launch, project)
            for other, _ in verdict.joined:
                if other.path in joining:
                    groups.join(path, other.path)
            groups.join(first_at.setdefault(verdict.value, path), path)
        members: dict[str, list[LaunchFacts]] = {}
        # a launch file that compares on its own first: the group's comparison is reported where it is seen whole
        for path in sorted(joining, key=lambda p: (not _launch_verdict(joining[p], project).alone, p)):
            members.setdefault(groups.root(path), []).append(joining[path])
        project.memo["sa101-joined-members"] = {f.path: group for group in members.values() for f in group}
    return project.memo["sa101-joined-members"].get(facts.path, [facts])


def _search_before_a_sweep(facts: LaunchFacts, invocations: list[Invocation], project) -> bool:
    """The launches at one seed walk a grid of settings, each nested in loops over two or more of them, each loop over
    several values (`for lr in 1e-5 1e-4; for bs in 16 32`), while another launch file runs the same program over
    several seeds: the grid tunes the settings that the seed sweep's runs are then compared with, it is no comparison
    of its own."""
    def looped(invocation: Invocation) -> int:
        return sum(1 for ref, values in invocation.loop_values.items()
                   if len(values) >= 2 and not is_seed_name(ref.strip("{}$")))

    if not invocations or any(looped(invocation) < 2 for invocation in invocations):
        return False
    programs = _files(invocations, project)
    return any(s.program in programs and s.path != facts.path and s.count >= 2 for s in project.sweeps)


def _swept_alike(invocations: list[Invocation], project) -> bool:
    """See _sweep_covers; once per group of launches and pass (every launch file asks it of every sibling's)."""
    key = ("sa101-swept-alike", tuple(map(id, invocations)))
    if key not in project.memo:
        project.memo[key] = _sweep_covers(invocations, project)
    return project.memo[key]


def _sweep_covers(invocations: list[Invocation], project) -> bool:
    """A sweep varies the seed of these runs: one aimed at their program, unless it is a launch of another
    configuration or other data (that gives those runs several seeds, not these). Separate launch lines, each at
    its own literal seed, sweep the configurations they run only; options are compared under the program's own
    names for them (`-r` is `--run_name`)."""
    for program in _files(invocations, project):
        aliases = _program_aliases(program, project)
        for sweep in sweeps_for(project, program):
            launch = next((inv for path, inv in project.runs.get(program, ()) if path == sweep.path
                           and (seeds := invocation_seeds(inv, project))[2] >= 2 and seeds[3] == sweep.line), None)
            if sweep.what == "separate runs" and launch is None:
                swept = [inv for path, inv in project.runs.get(program, ()) if path == sweep.path]
                # each configuration once, at a seed of its own (a baseline at 2021, the others at 42), sweeps nothing
                if any(seeds[0] != seeds[1] and _same_configuration(run, inv, aliases, seeds)
                       for run in swept for inv in invocations
                       for seeds in [(_literal_seed(run, project), _literal_seed(inv, project))]):
                    return True
                continue
            swept = [launch] if launch is not None else []
            if launch is None and not _pinned_elsewhere(sweep.path, aliases, invocations, project) \
                    or any(_same_configuration(run, inv, aliases) for run in swept for inv in invocations):
                return True
    return False


def _literal_seed(invocation: Invocation, project) -> str:
    """The one literal seed a launch passes ("" when it passes none or several)."""
    _, values, count, _ = invocation_seeds(invocation, project)
    return values[0] if count == 1 and values else ""


def _pinned_elsewhere(sweep_path: str, aliases: dict[str, str], invocations: list[Invocation], project) -> bool:
    """A sweep config that pins a setting to one value (a W&B sweep's `parameters.encoder.value: gru`) varies the
    seed of runs at that value only: some of these launches pass another value of it, so it gives them no seeds."""
    sweep = project.files.get(sweep_path)
    if not isinstance(sweep, LaunchFacts):
        return False
    pinned = {parts[1]: value for key, value, _ in sweep.settings if len(parts := key.split(".")) == 3
              and parts[0] == "parameters" and parts[2] == "value" and setting_role(parts[1]) == "setting"}
    return any(name in given and given[name].strip("'\"") != str(value) for inv in invocations
               for given in [_named(resolved_options(inv), aliases)] for name, value in pinned.items())


def _same_configuration(a: Invocation, b: Invocation, aliases: dict[str, str] | None = None,
                        seeds: tuple[str, str] | None = None) -> bool:
    """Two launches that differ in no setting and no data (only in seed, output folder, device, …; with their
    seeds given, also where each writes its own seed into another option: `--teacher runs/42/best.pt`)."""
    return one_configuration(*(_named(resolved_options(x), aliases or {}) for x in (a, b)), seeds=seeds)


def _named(options: dict[str, str], aliases: dict[str, str]) -> dict[str, str]:
    """A launch's options under the program's own names for them (`-m FM` → model)."""
    return {aliases.get(key, key): value for key, value in options.items()}


def _seed_per_file(facts: LaunchFacts, invocations: list[Invocation], value: str,
                   siblings: list[tuple[LaunchFacts, dict[str, list[tuple[Invocation, int]]]]], project) -> bool:
    """Sibling launch files, or other blocks of this one, run each of these launches again at another seed
    (`run_42.sh`, `run_1234.sh`: one file per seed; `--seed 1` lines, then the same lines with `--seed 2`), the same
    program with the same options, but for bookkeeping, once the seed written into them is masked (`final-42.pt`):
    together the files sweep the seed."""
    for inv in invocations:
        defaults = _launched_defaults(_launched_program(inv, project), project)
        mine = _beyond_defaults(_settings_read(inv, _shell_variables(facts, project)), defaults)
        if mine is None or not any(other_value != value and _same_program(inv, facts, theirs, other, project)
                                   and _alike_but_seed(mine, value, _beyond_defaults(
                                       _settings_read(theirs, _shell_variables(other, project)), defaults), other_value)
                                   for other, groups in siblings for other_value, runs in groups.items()
                                   for theirs, _ in runs):
            return False
    return True


def _beyond_defaults(settings: dict[str, str] | None, defaults: dict[str, str]) -> dict[str, str] | None:
    """The settings a launch passes other than at the program's own default: `--lr 0.01` where `--lr` defaults to
    0.01 runs what leaving it out runs (the same number written `1e-2` too)."""
    if settings is None:
        return None
    return {key: value for key, value in settings.items()
            if not _same_number_or_text(value, defaults.get(option_field(key)))}


def _same_number_or_text(value: str, other: str | None) -> bool:
    """The same text (quotes aside), or the same number however written."""
    if other is None:
        return False
    if value.strip("'\"") == other.strip("'\""):
        return True
    try:
        return float(value) == float(other)
    except ValueError:
        return False


def _settings_read(invocation: Invocation, assigned: frozenset[str]) -> dict[str, str] | None:
    """The launch's settings and data (not its bookkeeping), with the values of each loop variable they read
    (`for ra_type in uniform normal` feeding `--aug_type $ra_type`: two files looping over the same values run the
    same settings); None when one reads a shell variable its file sets and the line leaves unresolved (`--region
    $REGION`): two files that set it differently run other configurations with the same text. A variable no file
    sets (`$ROOT_DIR` from `export ROOT_DIR=${root_directory}`, the caller's environment) is the same for every
    file run from it."""
    settings = {k: v for k, v in resolved_options(invocation).items() if setting_role(k) != "bookkeeping"}
    unresolved = {name for v in settings.values() for name in _VARIABLE.findall(v)}
    if unresolved & (assigned - set(invocation.loop_values)):
        return None
    return settings | {f"${name}": " ".join(invocation.loop_values[name]) for name in unresolved & set(invocation.loop_values)}


def _alike_but_seed(mine: dict[str, str], seed: str, theirs: dict[str, str] | None, their_seed: str) -> bool:
    """The same settings, each equal as written or once each side's seed is masked where it is written in it
    (`--out final-42.pt` beside `--out final-7.pt`), a number however it is written (`5e-2`, `0.05`); an option that
    merely holds the seed's number (`--epochs 2` in the file for seed 2) is equal as written."""
    return theirs is not None and mine.keys() == theirs.keys() and all(
        _same_number_or_text(mine[k], theirs[k]) or written_with_seeds(mine[k], theirs[k], (seed, their_seed))
        for k in mine)


_VARIABLE = re.compile(r"\$\{?([A-Za-z_]\w*)")


def _shell_variables(facts: LaunchFacts, project) -> frozenset[str]:
    """The shell variables a launch file sets itself (`name=...`, `export name=...`), once per file and pass."""
    return project.per_file("sa101-shell-variables", facts, lambda f, _: frozenset(
        m[1] for line in f.lines if (m := SHELL_ASSIGN.match(line.strip()))))


def _swept_rival(facts: LaunchFacts, invocations: list[Invocation], project) -> tuple[LaunchFacts, Invocation, int] | None:
    """Another launch file that runs the same program as these runs over several seeds, in a configuration they
    are compared with: (that file, its launch, how many seeds)."""
    for other in project.launch_files():
        if other is facts or other.kind not in SHELL or in_seed_search(other.path):
            continue  # the seeds a search tries are no runs of a compared configuration
        for launch, _, _, count, _ in launch_seeds(other, project):
            if count >= 2 and training_program(launch, project) and any(
                    _same_program(launch, other, inv, facts, project) and differs_in_model(launch, inv, project)
                    for inv in invocations):
                return other, launch, count
    return None


def _same_program(a: Invocation, a_file: LaunchFacts, b: Invocation, b_file: LaunchFacts, project) -> bool:
    """Two launches run one program: the same project file, or (when neither is in the project) the same script
    name from the same folder."""
    files_a, files_b = _files([a], project), _files([b], project)
    if files_a or files_b:
        return bool(files_a & files_b)
    return a.program == b.program and PurePosixPath(a_file.path).parent == PurePosixPath(b_file.path).parent


def _files(invocations: list[Invocation], project) -> set[str]:
    """The project files the launches run."""
    if "launched-paths" not in project.memo:  # launch line → the files it runs, by identity (once per pass)
        paths: dict[int, set[str]] = {}
        for path, runs in project.runs.items():
            for _, inv in runs:
                paths.setdefault(id(inv), set()).add(path)
        project.memo["launched-paths"] = paths
    paths = project.memo["launched-paths"]
    return {path for inv in invocations for path in paths.get(id(inv), ())}


def _config_seed(facts: LaunchFacts) -> tuple[str, int, int] | None:
    """(key, value, line) of a config's own fixed seed (not a sweep definition)."""
    for key, value, line in facts.settings:
        parts = key.split(".")
        if is_seed_name(parts[-1]) and isinstance(value, int) and not isinstance(value, bool) \
                and "params" not in parts and not in_search_section(key) and not DATA_SEED_KEY.search(key):
            return key, value, line
    return None


def _launching_programs(config: LaunchFacts, project) -> set[str]:
    """The programs that the project's launch lines run with this config file (`python fit.py --config x.yaml`)."""
    if "launched-files" not in project.memo:
        project.memo["launched-files"] = [
            (inv.program.lstrip("./"), v.strip("'\"").lstrip("./")) for launch in project.launch_files()
            for inv in getattr(launch, "invocations", ()) for value in inv.options.values() for v in value.split()
            if v and _FILE_VALUE.search(v)]
    path = config.path.lstrip("./")
    return {program for program, named in project.memo["launched-files"] if _same_file(path, named)}


def _programs_apart(mine: set[str], theirs: set[str], project) -> bool:
    """Two sets of launched programs that train no rival models: one side trains nothing (each of its programs is
    a pipeline stage by name, `test.py`, or a project file that takes no training step: an inference program), or the
    two sides train models that another program of the project runs together (see _run_together: the stages of one
    system)."""
    files = [{name: [f for f in project.python_files() if _same_file(f.path.lstrip("./"), name)] for name in side}
             for side in (mine, theirs)]
    if any(all(_STAGE.search(name.rpartition("/")[2]) or found and all(takes_no_training_step(f, project) for f in found)
               for name, found in side.items()) for side in files):
        return True
    return any(_run_together(built_models(a), built_models(b), (a, b), project)
               for a in sum(files[0].values(), []) for b in sum(files[1].values(), [])
               if built_models(a) and built_models(b))


def _same_file(path: str, named: str) -> bool:
    """A path in the project and a path a launch names are one file: one ends with the other at a folder boundary
    (`configs/x.yaml` and `x.yaml`; not `big_x.yaml` and `x.yaml`)."""
    return path == named or path.endswith("/" + named) or named.endswith("/" + path)


_SEED_DIR = re.compile(r"^(.*?/)?(?:random[-_]?)?seed[-_]?(\d+)/([^/]+)/", re.IGNORECASE)


def seed_directory(path: str) -> tuple[str, int, str] | None:
    """(the path above it, seed, the folder right below it) for a path that goes through a folder named by a seed
    (`configs/c100/seed-7/crd/r50.yml` → ("configs/c100/", 7, "crd")): a layout of per-method configs per seed."""
    match = _SEED_DIR.match(path.strip("'\"").removeprefix("./"))
    return (match[1] or "", int(match[2]), match[3]) if match else None


def seed_directory_runs(facts: LaunchFacts, project) -> list[tuple[str, int, str]] | None:
    """For a config laid out under a folder named by its own seed: (path, line, text) of the launch lines that name
    configs of other methods under that same folder (a launch's path may be relative to the project root, so it
    need only end the config's), or None when a launch or a config names another seed's
    folder next to it (the layout then holds several seeds)."""
    own, seed = seed_directory(facts.path), _config_seed(facts)
    if own is None or seed is None or seed[1] != own[1]:
        return None
    named = [(launch.path, inv.line, inv.text[:200], found) for launch in project.launch_files()
             for inv in getattr(launch, "invocations", ()) for value in inv.options.values()
             if (found := seed_directory(value)) is not None and own[0].endswith(found[0])]
    layout = [found for other in project.launch_files() if (found := seed_directory(other.path)) and found[0] == own[0]]
    if any(found[1] != own[1] for *_, found in named) or any(found[1] != own[1] for found in layout):
        return None
    return [(path, line, text) for path, line, text, found in named if found[2] != own[2]]


class _ConfigRecipe(NamedTuple):
    """What decides whether a config compares with another at its seed: its fixed seed, its model settings, its
    training data settings, where it sits under a folder named by a seed (see seed_directory) and the programs launch
    lines run it with."""
    facts: LaunchFacts
    seed: tuple[str, int, int]
    models: dict
    data: dict
    place: tuple[str, int, str] | None
    programs: frozenset[str]
    settings: dict


def _recipe(facts: LaunchFacts, project) -> _ConfigRecipe | None:
    """A config's recipe, None for one without a fixed seed."""
    seed = _config_seed(facts)
    if seed is None:
        return None
    return _ConfigRecipe(facts, seed, {k: v for k, v, _ in facts.settings if modelish(k) and not _kept_model(v)},
                         {k: v for k, v, _ in facts.settings if _training_data_key(k)}, seed_directory(facts.path),
                         frozenset(_launching_programs(facts, project)), {k: v for k, v, _ in facts.settings})


def _kept_model(value: object) -> bool:
    """A model setting whose value says where a model is kept, not which one (`model_path: cifar10.pth`, `model_path:
    none` in the evaluation copy of a training config): a file, a folder, or none."""
    return value is None or isinstance(value, str) and (
        bool(_FILE_VALUE.search(value)) or value.strip().lower() in ("none", "null", ""))


def _ablation(a: _ConfigRecipe, b: _ConfigRecipe) -> bool:
    """Two configs of one recipe (the same keys) that set one or two settings of the model otherwise (`noise_std:
    1.0` against `0.0`), on the same data, whatever else they name differently: where they write, the run's name, or
    the same data set's folder on another disk (`/disk1/scenes/trex` against `/disk2/scenes/trex`). A path that
    differs is no setting compared (a run's output base, a checkpoint to start from is read elsewhere)."""
    if a.settings.keys() != b.settings.keys():
        return False
    changed = [key for key, value in a.settings.items() if b.settings[key] != value and key != a.seed[0]]
    roles = {key: setting_role(key) for key in changed}
    if any(role == "data" and not _relocated(a.settings[key], b.settings[key]) for key, role in roles.items()):
        return False
    compared = [key for key, role in roles.items() if role == "setting" and not any(
        isinstance(value, str) and _FILE_VALUE.search(value) for value in (a.settings[key], b.settings[key]))]
    return 1 <= len(compared) <= 2


def _relocated(first: object, second: object) -> bool:
    """Two paths to the same data in other places: their last two parts agree (`…/nerf_data/trex`)."""
    parts = [PurePosixPath(str(value).replace("\\", "/")).parts[-2:] for value in (first, second)]
    return isinstance(first, str) and isinstance(second, str) and len(parts[0]) == 2 and parts[0] == parts[1]


def _compared_configs(a: _ConfigRecipe, b: _ConfigRecipe, project) -> bool:
    """Two configs at the same fixed seed that configure different models, sit in two methods' folders under one
    folder named by that seed, or set one recipe's settings otherwise (see _ablation). A config that trains on other
    data (its training data file or its data set's name, given in both at another value: `train_file`,
    `dataset_name`) is another data set's recipe, not a model compared with this one. Configs that launch lines name only for different programs, where those programs are no rivals
    (see _programs_apart: an inference program's config beside a training program's, or the configs of two pipeline
    stages), configure different parts of the work."""
    if a.seed[1] != b.seed[1] or any(k in a.data and a.data[k] != v for k, v in b.data.items()):
        return False
    if a.models and b.models and a.models != b.models:
        compared = True
    elif a.place is not None and b.place is not None:
        compared = a.place[:2] == b.place[:2] and a.place[2] != b.place[2]
    else:
        compared = _ablation(a, b)
    if compared and a.programs and b.programs and not a.programs & b.programs:
        key = (a.programs, b.programs)
        apart = project.memo.setdefault("sa101-programs-apart", {})
        if key not in apart:
            apart[key] = _programs_apart(set(a.programs), set(b.programs), project)
        compared = not apart[key]
    return compared


def config_groups(project) -> dict[str, list[LaunchFacts]]:
    """Each config that compares with another at their one fixed seed, by path, with the configs of its problem: every
    config joined to it through comparisons (see _compared_configs) and every other group at the same seed value
    (the project's configs fixing one seed everywhere is one problem, however many data settings split it), those a
    launch line names first, then by path. Built once per project: a config compared with all others would else be
    weighed against every other config once per config (a benchmark's thousand configs)."""
    if "sa101-config-groups" not in project.memo:
        recipes = [r for other in project.launch_files() if other.kind in ("yaml", "json")
                   and (r := _recipe(other, project)) is not None]
        groups = _Groups()
        by_seed: dict[int, list[int]] = {}
        for i, recipe in enumerate(recipes):
            by_seed.setdefault(recipe.seed[1], []).append(i)
        for members in by_seed.values():
            for n, i in enumerate(members):
                for j in members[n + 1:]:
                    if groups.root(i) != groups.root(j) and _compared_configs(recipes[i], recipes[j], project):
                        groups.join(i, j)
        sizes = Counter(groups.root(i) for i in range(len(recipes)))
        grouped = [i for i in range(len(recipes)) if sizes[groups.root(i)] >= 2]
        problems: dict[int, list[LaunchFacts]] = {}
        for i in sorted(grouped, key=lambda i: (not recipes[i].programs, recipes[i].facts.path)):
            problems.setdefault(recipes[i].seed[1], []).append(recipes[i].facts)
        project.memo["sa101-config-groups"] = {f.path: group for group in problems.values() for f in group}
    return project.memo["sa101-config-groups"]


def _training_data_key(key: str) -> bool:
    """A config key naming what a run trains on: its training data file (`train_file`, `train_data`) or its data
    set (`dataset`, `dataset_name`, `corpus`, `task`); not where the data sits (`data_dir`) nor a data option
    that may overlap (`lang`)."""
    tokens = words(key.rpartition(".")[2])
    return "train" in tokens and bool(tokens & {"file", "files", "data", "json", "set"}) \
        or bool(tokens & {"dataset", "corpus", "task", "benchmark"}) and tokens <= {"dataset", "corpus", "task", "benchmark", "name"}


@check("SA101", kinds=("yaml", "json"))
def config_single_seed(facts: LaunchFacts, project, config) -> Iterator[Hit]:
    """Configs of several models that all carry the same fixed seed, with no sweep in the project: one finding for
    the problem (see config_groups), at the config a launch line names (else the first by path) among those this run
    reports on (see reported_at), the other configs as related."""
    if project.seed_variation.state == "swept":
        return
    group = config_groups(project).get(facts.path)
    if not group:
        yield from _seed_directory_hit(facts, project)
        return
    if project.reported_at(group) is not facts:
        return
    key, value, line = _config_seed(facts)
    others = [other for other in group if other is not facts]
    names = _listed([other.path for other in others])
    yield Hit(line, f"{names} configure{'s' if len(others) == 1 else ''} other models with the same fixed seed {value}, "
                    "and nothing in the project runs other seeds: the models are compared on one draw each",
              related=[(other.path, seed[2], f"{seed[0]}: {seed[1]}") for other in others
                       if (seed := _config_seed(other)) is not None])


def _seed_directory_hit(facts: LaunchFacts, project) -> Iterator[Hit]:
    """A config alone in the project under a folder named by its seed, with launch lines that run other methods'
    configs from that folder: the methods are compared under that one seed (launch lines related)."""
    runs = seed_directory_runs(facts, project)
    if not runs:
        return
    key, value, line = _config_seed(facts)
    yield Hit(line, f"this config and the others launched from the folder named by its seed {value} "
                    f"({', '.join(f'{path}:{n}' for path, n, _ in runs[:3])}) run every compared method with the same "
                    "fixed seed, and nothing in the project runs other seeds: one draw per method decides the comparison",
              related=runs)
