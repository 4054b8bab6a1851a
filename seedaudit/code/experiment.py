"""What an experiment looks like in code: words that name compared models, calls that train, loops.

Shared by the code rules (single-seed comparison, best-seed selection, fixed seed) and by the re-runner's
data-seed analysis, so that "this call trains" and "this name is a model" are decided in one place.
"""
from __future__ import annotations

import functools
import re

from .facts import Call, FileFacts, Loop
from .seed_names import is_count_name, name_tokens

MODEL_WORDS = {
    "model", "models", "net", "nets", "network", "networks", "arch", "archs", "architecture", "architectures",
    "method", "methods", "optimizer", "optimizers", "optimiser", "optimisers", "classifier", "classifiers",
    "clf", "clfs", "estimator", "estimators", "regressor", "regressors", "algorithm", "algorithms", "algo", "algos",
    "baseline", "baselines", "learner", "learners", "agent", "agents", "backbone", "backbones", "encoder", "encoders",
    "variant", "variants", "approach", "approaches", "policy", "policies", "solver", "solvers", "pipeline", "pipelines",
    "strategy", "strategies",
}
_TRAIN = re.compile(r"^(?:fit|partial_fit|fit_predict|backward|learn|cross_val_score|cross_validate|cross_val_predict|"
                    r"learning_curve|validation_curve|permutation_test_score|train(?!_test_split)\w*|"
                    r"\w+_train|fit_(?!transform|resample|sample)\w+|run_training|run_experiment|train_eval\w*)$")
# a name that says it carries a training out (`run_training_experiment`, `start_finetuning`, `launch_training`): a verb
# of carrying out beside a word of training, and no word of what a run reads, writes or shows (`run_training_data`)
_CARRY_OUT = {"run", "do", "start", "launch", "perform", "execute", "begin"}
_TRAINING = {"train", "training", "finetune", "finetuning", "fit", "fitting", "learn", "learning"}
_NOT_THE_RUN = {"data", "dataset", "datasets", "loader", "loaders", "split", "splits", "set", "sets", "file", "files", "path",
                "dir", "config", "args", "log", "logs", "plot", "save", "load", "test", "eval", "time", "step", "steps", "rate"}
# objects whose `run()` trains: ignite's `trainer.run(loader, max_epochs)`, mmcv/mmengine's `runner.run(...)`
_TRAINER = re.compile(r"train|runner", re.IGNORECASE)
# a whole run of a stochastic search, told to its solver or algorithm (`ga_solver.evolve(generations=40)`,
# `bee_algorithm.solve(problem)`): what `fit` is to a model
_SEARCH_RUNS = {"evolve", "solve"}
# library functions that train and evaluate a model in one call, under names that say nothing of training
# (`pykeen.pipeline.pipeline(model="TransE", dataset=..., random_seed=42)`)
_LIBRARY_RUNS = {"pykeen.pipeline.pipeline", "pykeen.pipeline.pipeline_from_config", "pykeen.pipeline.pipeline_from_path"}


@functools.lru_cache(maxsize=1 << 16)  # asked of every option, key and name by many rules, often of one name
def words(text: str) -> frozenset[str]:
    """The words of a name, each also without a trailing number (`model2`, `clf_3`: model, clf; `fp16` stays)."""
    tokens = set(name_tokens(text))
    return frozenset(tokens | {stripped for token in tokens if (stripped := token.rstrip("0123456789"))})


def modelish(text: str) -> bool:
    """Names a model, method, optimiser or algorithm (not a dataset, task, GPU or learning rate, nor a count of
    models: `n_estimators` sizes one forest)."""
    return any(words(name) & MODEL_WORDS for name in text.split() if not counts_things(name))


# the first word of a name that counts things (`n_estimators`, `num_models`, `nb_classifiers`)
_COUNT_PREFIXES = frozenset({"n", "num", "nb", "number"})


def counts_things(name: str) -> bool:
    """A name for how many of something there are (`n_estimators`, `num_models`), not for which one."""
    return next(iter(name_tokens(name)), "") in _COUNT_PREFIXES


def is_train(call: Call) -> bool:
    receiver, _, name = call.qualname.rpartition(".")
    return bool(_TRAIN.match(name)) and not _handles_training_data(name) or name == "run" and bool(_TRAINER.search(receiver.rpartition(".")[2])) \
        or _carries_out_training(name) or name in _SEARCH_RUNS and modelish(receiver.rpartition(".")[2]) \
        or call.qualname in _LIBRARY_RUNS


def _handles_training_data(name: str) -> bool:
    """A name that ends in `_train` after words of data or files (`load_data_train`, `_load_data_cache_train`,
    `save_log_train`): it handles the training split, it trains nothing."""
    return name.endswith("_train") and bool(set(name_tokens(name[:-len("_train")])) & _NOT_THE_RUN)


def _carries_out_training(name: str) -> bool:
    tokens = set(name_tokens(name))
    return bool(tokens & _CARRY_OUT and tokens & _TRAINING) and not tokens & _NOT_THE_RUN


def fits(call: Call, facts: FileFacts | None = None) -> bool:
    """A call that trains a model through (`fit(x, y)`, `train(model, data)`, `trainer.train()`), not one step of a
    training loop (`loss.backward()`) nor a switch into training mode (`model.train()`). With the file's facts, a
    `.train()` of an object the same function built from a trainer, task or experiment class trains, whatever the
    object is called (`t = CodeTrain(variant); t.train()`), and an `.evolve()` or `.solve()` of one built from a
    solver or algorithm class runs that search (`ga = GeneticSolver(problem); ga.evolve()`), and a session's `run` of
    a training op takes a training step (see _runs_train_op)."""
    receiver, _, name = call.qualname.rpartition(".")
    if name == "backward" or mode_switch(call) and not _TRAINER.search(receiver.rpartition(".")[2]) \
            and not _built_as_a_run(call, receiver, facts):
        return False
    if name == "run" and facts is not None and _runs_train_op(call, receiver, facts):
        return True
    if name in _SEARCH_RUNS and not modelish(receiver.rpartition(".")[2]):  # `ga = GeneticSolver(p); ga.evolve()`
        maker = _maker(call, receiver, facts)
        return maker is not None and maker[:1].isupper() and modelish(maker)
    return is_train(call)


# what a module's mode switch is handed (`model.train(False)`, `net.train(mode)`, `m.train(was_training)`)
_MODE_WORDS = {"mode", "state", "flag", "training", "train", "was", "is", "prev", "previous", "old", "enabled"}


def mode_switch(call: Call) -> bool:
    """`model.train()`, `model.train(False)`, `m.train(state)`: a module put into (or back out of) training mode, as
    torch's `nn.Module.train(mode=True)` does; no training call. A `.train(...)` handed data or settings
    (`trainer.train(train_loader)`) trains."""
    receiver, _, name = call.qualname.rpartition(".")
    if name != "train" or not receiver:
        return False
    given = [*call.args, *call.kwargs.values()]
    if not given:
        return True
    if len(given) > 1 or call.kwargs and "mode" not in call.kwargs:
        return False
    arg = given[0]
    return arg.kind == "bool" or arg.kind == "name" and set(name_tokens(arg.text)) <= _MODE_WORDS


# classes whose objects hold a whole training or evaluation run (`CodeTrain`, `task_class`, `FineTuneJob`)
_RUN_CLASS = re.compile(r"train|tun(?:e|ing)|runner|task|job|experiment|eval|benchmark|trial", re.IGNORECASE)


def _built_as_a_run(call: Call, receiver: str, facts: FileFacts | None) -> bool:
    """`task = task_class(...)` then `task.train()` in one function: the object was built by a class named for a run
    (not a model class: `net = build_net_for_task()` and `model.train()` stay switches into training mode)."""
    if modelish(receiver):
        return False
    maker = _maker(call, receiver, facts)
    return maker is not None and bool(_RUN_CLASS.search(maker)) and not modelish(maker)


_SESSION = {"sess", "session"}
_GRAPH_STEPS = {"minimize", "apply_gradients"}


def _runs_train_op(call: Call, receiver: str, facts: FileFacts) -> bool:
    """A TensorFlow 1 session asked to run a training op (`train_op = opt.minimize(loss)`, then
    `sess.run([train_op, loss], feed)`; `self.train = opt.minimize(self.loss)`, then `sess.run(net.train)`): one step
    of training, as `optimizer.step()` is in eager code. The op is known by the name its `minimize` was bound to."""
    if not set(name_tokens(receiver.rpartition(".")[2])) & _SESSION:
        return False
    return bool(ops_run(call, graph_train_ops(facts)))


def graph_train_ops(facts: FileFacts) -> dict[str, Call]:
    """The file's TensorFlow 1 training ops, by the last part of the name each is bound to (`self.train =
    opt.minimize(self.loss)`: train), with the call that made it."""
    return {t.rpartition(".")[2]: c for c in facts.calls if c.qualname.rpartition(".")[2] in _GRAPH_STEPS for t in c.targets}


def ops_run(call: Call, ops: dict[str, Call]) -> set[str]:
    """The training ops among `ops` that a call's arguments name (`sess.run([net.train, net.loss], feed)`: train)."""
    return {w for a in (*call.args, *call.kwargs.values()) for w in re.findall(r"\w+", a.text)} & set(ops)


def _maker(call: Call, receiver: str, facts: FileFacts | None) -> str | None:
    """The last name of what built a bare-name receiver before the call, in the call's function (`t = CodeTrain(v)`:
    CodeTrain); None without the file's facts or such a build."""
    if facts is None or not receiver or "." in receiver:
        return None
    built = [c for c in facts.calls if c.ctx.func == call.ctx.func and c.line <= call.line and receiver in c.targets
             and c is not call]
    return max(built, key=lambda c: c.line).qualname.rpartition(".")[2] if built else None


def inside_loops(ctx_loops: tuple[int, ...], loops: dict[int, Loop]) -> bool:
    return any(loop_id in loops for loop_id in ctx_loops)


def repeat_loop(loop: Loop) -> bool:
    """A loop over a run count (`for trial in range(NUM_TRIALS)`): each pass is another draw of the same setting."""
    return loop.iter is not None and any(is_count_name(n) for n in re.findall(r"\w+", loop.iter.text))
