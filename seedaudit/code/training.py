"""Does a program train, and which classes are its models: one answer for the code rules and the cross-check.

A seed set by a program that fits no model fixes data (a sampler, a converter of generated text), not a compared
model, and a launcher of such a program runs no training seeds. Both the code rules and the cross-check ask this,
so the libraries, the step calls and the program starters that decide it are written here once.
"""
from __future__ import annotations

import re

from .experiment import fits, is_train
from .facts import Call, FileFacts
from .project import ProjectFacts, imported_modules
from .reach import reaches_call
from .variation import seed_loops

# calls that take a training step without a name that says so: an optimiser's step, a tape's or jax's gradient
STEP_CALLS = frozenset({"step", "apply_gradients", "gradient", "grad", "value_and_grad", "minimize"})
# libraries a program can train through, or load a trained model with: a program that reaches one may train where
# the project cannot see it (an evaluation harness that fine-tunes inside the library)
LEARNING_LIBRARIES = frozenset({
    "torch", "tensorflow", "keras", "jax", "flax", "optax", "haiku", "transformers", "sklearn", "lightning",
    "pytorch_lightning", "fairseq", "mxnet", "paddle", "mindspore", "xgboost", "lightgbm", "catboost", "trl", "peft",
    "accelerate", "deepspeed", "allennlp", "stable_baselines3", "t5", "seqio", "sentence_transformers", "timm",
    "detectron2", "mmcv", "mmengine", "dgl", "torch_geometric", "gensim", "fasttext", "spacy", "flair",
    "simpletransformers"})
# the base classes of a model: `nn.Module`, `keras.Model`, `LightningModule`
_MODEL_BASE = re.compile(r"(?:Module|Model)$")
# calls that start another program, which may be a training
_STARTS_PROGRAM = re.compile(r"^(?:os\.(?:system|popen|exec\w*|spawn\w*)|subprocess\.\w+|runpy\.\w+|sh\.\w+)$")


def takes_training_step(call: Call) -> bool:
    """A call that trains (`fit`, `train…`, `backward`) or takes an optimiser's or a gradient's step."""
    return is_train(call) or call.qualname.rsplit(".", 1)[-1] in STEP_CALLS


# calls that change weights by their gradients (TensorFlow's), and the receivers whose `step()` or `update()` is a
# training step (an optimiser, a gradient scaler), not an environment's or a scheduler's; taking a gradient
# (`grad`, `value_and_grad`, `tape.gradient`) changes nothing by itself
_APPLIES_GRADIENTS = frozenset({"apply_gradients", "minimize"})
_OPTIMISER = re.compile(r"(?:^|_)(?:opt|optim|optimi[sz]er|scaler)s?$", re.IGNORECASE)


def _trains_itself(call: Call, facts: FileFacts) -> bool:
    """A call in a function's own body that makes that function a training: a fit or training call (not a switch into
    training mode) or an optimiser's step. A backward pass alone is not one: gradients taken to score or prune a
    trained model (head importance) change no weight."""
    receiver, _, name = call.qualname.rpartition(".")
    return fits(call, facts) or name in _APPLIES_GRADIENTS or \
        name in ("step", "update") and bool(_OPTIMISER.search(receiver.rpartition(".")[2]))


def training_functions(facts: FileFacts, project: ProjectFacts,
                       launches: frozenset[int] = frozenset()) -> frozenset[str]:
    """Functions of this file that train when called, whatever their name (`def run(condition)` whose body calls
    `train_phase(model, ...)`, `def ablate(flag)` with `loss.backward()` and `optimizer.step()` in it,
    `def evaluate_candidate(row)` that runs `subprocess.run([python, "train.py", ...])`): module-level functions
    whose own body trains or starts a training program (a program starter on one of the `launches` lines, the
    caller's reading of which commands train), directly or through another such function of the file. A call of one
    is a training run as much as a call of `train(...)` is. One that loops over seeds itself is left out: a call of
    it is a sweep, not one run."""
    return project.per_file(("training-functions", launches), facts, lambda f, p: _training_functions(f, p, launches))


def _training_functions(facts: FileFacts, project: ProjectFacts, launches: frozenset[int]) -> frozenset[str]:
    names = {f.qualname for f in facts.functions if f.class_name is None and "." not in f.qualname}
    body: dict[str, list[Call]] = {}
    for call in facts.calls:
        home = call.ctx.func.split(".")[0]  # a nested function's calls are its outer function's
        if home in names:
            body.setdefault(home, []).append(call)
    found = {name for name in names if any(_trains_itself(call, facts) or call.line in launches and starts_program(call)
                                           for call in body.get(name, ()))}
    while grown := {name for name in names - found if any(call.qualname in found for call in body.get(name, ()))}:
        found |= grown
    sweeping = {loop.ctx.func.split(".")[0] for loop in seed_loops(facts, project).values()}
    return frozenset(found - sweeping)


def starts_program(call: Call) -> bool:
    """`os.system(...)`, `subprocess.run(...)`, `runpy.run_path(...)`: the call runs another program."""
    return bool(_STARTS_PROGRAM.match(call.qualname))


def trains_nothing(facts: FileFacts, project: ProjectFacts) -> bool:
    """A program with no model in it: neither it nor a project module it imports reaches a learning library or
    makes a training call, as a script that converts generated text into a data set does."""
    key = ("trains-nothing", facts.path)
    if key not in project.memo:
        modules = (facts, *imported_modules(facts, project))
        libraries = {imp.module.lstrip(".").split(".")[0] for module in modules for imp in module.imports} | {
            target.split(".")[0] for target in facts.aliases.values()}
        project.memo[key] = not libraries & LEARNING_LIBRARIES and takes_no_training_step(facts, project)
    return project.memo[key]


def reaches_no_training_step(program: FileFacts, project: ProjectFacts) -> bool:
    """No training call or optimiser's step of the project (a profiler's or a scheduler's `step()` in an evaluation
    loop is none) is reached from the program (by name, see reach.reaches_call): it imports a trainer module for an
    evaluation function beside the training ones (`from trainer import validate_epoch`) and trains nothing itself."""
    return not any(takes_training_step(call) and not _OTHER_STEPPER.search(call.qualname.rpartition(".")[0])
                   and reaches_call(program, module, call.ctx.func, project)
                   for module in (program, *imported_modules(program, project)) for call in module.calls)


# what steps without training: a profiler, a learning-rate scheduler, an environment, a progress bar
_OTHER_STEPPER = re.compile(r"(?:^|[._])(?:prof\w*|\w*sched\w*|env\w*|pbar|progress\w*|bar)$", re.IGNORECASE)


def takes_no_training_step(facts: FileFacts, project: ProjectFacts) -> bool:
    """Neither the program nor a project module it imports makes a training call or takes an optimiser's or a
    gradient's step: whatever models it runs were trained elsewhere (an inference program)."""
    return not any(takes_training_step(call) for module in (facts, *imported_modules(facts, project))
                   for call in module.calls)


def model_classes(project: ProjectFacts) -> set[str]:
    """Classes the project defines as models: subclasses of a module or model class (`nn.Module`, `keras.Model`,
    `LightningModule`), directly or through another such class of the project."""
    if "model-classes" not in project.memo:
        bases = {c.name: c.bases for other in project.python_files() for c in other.classes}
        found: set[str] = set()
        grown = True
        while grown:
            before = len(found)
            found |= {name for name, parents in bases.items()
                      if any(_MODEL_BASE.search(b.rsplit(".", 1)[-1]) or b.rsplit(".", 1)[-1] in found for b in parents)}
            grown = len(found) > before
        project.memo["model-classes"] = found
    return project.memo["model-classes"]
