"""SA106: DataLoader workers that start from one copied RNG state and so draw identical "random" streams.

Version-aware: since torch 1.9 every worker reseeds Python `random`, torch and numpy's global RNG
itself, so numpy augmentation in a dataset is a problem only on older torch (a pin or
`target-torch-version`; an unknown version cannot rule it out, unless the project imports a module that
only newer torch has). RNG objects the DataLoader cannot reach (a `RandomState`/`Generator` held by the
dataset or a transform, imgaug's own RNG) are copied into every worker on any torch. A `worker_init_fn`
or a per-worker reseed inside the dataset that gives each worker its own stream (also one made through a
seeding helper keyed on the item) fixes all of it; one that reseeds with a constant fixes nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from ..engine import is_test_file
from ..facts import Call, Expr, FileFacts
from ...findings import Confidence
from ..project import imported_modules, module_index, module_named
from ..reach import dormant
from ..sinks import RNG_FACTORIES, draw_family
from ..variation import calls_by_function, option_field, value_bound_at
from . import Hit, check

# torch's DataLoader and the graph libraries' subclasses of it, which fork workers the same way
_LOADERS = ("torch.utils.data.DataLoader", "torch.utils.data.dataloader.DataLoader", "torch_geometric.data.DataLoader",
            "torch_geometric.loader.DataLoader", "torch_geometric.data.DataListLoader", "torch_geometric.loader.DataListLoader",
            "dgl.dataloading.GraphDataLoader")
_WORKER_METHODS = re.compile(r"\.(__getitem__|__getitems__|__iter__|__next__)$")
_PER_WORKER = ("torch.utils.data.get_worker_info", "torch.initial_seed")
_OBJECT_FACTORIES = {name for name, kind in RNG_FACTORIES.items() if kind == "numpy-object"}


def _workers(call: Call, project, facts: FileFacts) -> bool:
    """num_workers > 0, or not provably 0 (a variable whose argparse default is not 0, or a name last bound to 0
    before the loader in its own function or at module level: `NUM_WORKERS = 0`)."""
    arg = call.arg(5, "num_workers")
    if arg is None or arg.kind == "int" and not arg.value:
        return False
    if arg.kind == "name" and (bound := value_bound_at(arg.text, call, facts, project)) is not None:
        return not (bound.kind == "int" and bound.value == 0)
    if arg.kind in ("name", "attr"):
        default = _option_defaults(project).get(arg.text.rpartition(".")[2])
        if default is not None:
            return not (default.kind == "int" and default.value == 0)
    return True


def _option_defaults(project) -> dict[str, Expr]:
    """argparse option (as its dest) → the default of its first `add_argument` with one, in the project."""
    if "option-defaults" not in project.memo:
        defaults: dict[str, Expr] = {}
        for other in project.python_files():
            for c in other.calls:
                if c.qualname.endswith("add_argument") and (default := c.kwargs.get("default")) is not None:
                    for a in c.args:
                        if a.kind == "str" and isinstance(a.value, str):
                            defaults.setdefault(option_field(a.value), default)
        project.memo["option-defaults"] = defaults
    return project.memo["option-defaults"]


def _scope(facts: FileFacts, project) -> list[FileFacts]:
    """This file, the project modules it imports, and the packages those imports name, but for their test modules
    (a test's toy environment or dataset never runs in this loader's workers)."""
    found = [facts, *imported_modules(facts, project)]
    tops = {imp.module.split(".")[0] for imp in facts.imports if imp.module and not imp.module.startswith(".")}
    for other in project.python_files():
        if other not in found and other.module.split(".")[0] in tops and "." in other.module \
                and not is_test_file(other.path, project.root, other):
            found.append(other)
    return found


def _class_of(func: str) -> str:
    return func.rpartition(".")[0]


def _in_method(func: str) -> bool:
    return "." in func and not func.endswith("__init__")


_ENTRY_METHODS = ("__getitem__", "__getitems__", "__iter__", "__next__", "__call__")


def _worker_side(files: list[FileFacts], dataset: str | None = None, built: set[str] | None = None,
                 library: bool = False) -> set[str]:
    """The functions that run inside DataLoader workers: dataset item and iteration methods and
    transforms (`__call__` of a class the code in reach builds: a keypoint transform of the same package that only
    other programs build runs in none of these workers), with the methods and module functions they call. A sampler's methods run
    in the main process, so they are left out. Given the `dataset` class a loader is known to read, only its
    item methods start the worker side (with what they call); a loader known to read a library's data set
    (`library`: torchvision's `CIFAR10(...)`) runs no project class's item methods, only the transforms handed to
    it. `built`: the classes the code in reach constructs (None when some of that code is missing: any transform
    may be among what it builds)."""
    functions = {fn.qualname for f in files for fn in f.functions}
    samplers = {c.name for f in files for c in f.classes
                if "sampler" in c.name.lower() or any("sampler" in base.lower() for base in c.bases)}
    def runs(fn) -> bool:  # a transform's `__call__` runs only when the code in reach builds the class
        return fn.name != "__call__" or built is None or fn.class_name in built

    side = {fn.qualname for f in files for fn in f.functions
            if fn.name in _ENTRY_METHODS and fn.class_name and fn.class_name not in samplers
            and (dataset is None or fn.class_name == dataset) and runs(fn) and not (library and fn.name != "__call__")}
    if dataset is not None and _calls_held_callable(files, side, dataset):
        # `self.transform(sample)` in the item method: the transforms handed to the dataset run there too
        side |= {fn.qualname for f in files for fn in f.functions
                 if fn.name == "__call__" and fn.class_name and fn.class_name not in samplers and runs(fn)}
    callees: dict[str, set[str]] = {}  # function → the project functions it calls
    for call in (c for f in files for c in f.calls):
        target = f"{_class_of(call.ctx.func)}.{call.qualname[5:]}" if call.qualname.startswith("self.") else call.qualname
        if target in functions:
            callees.setdefault(call.ctx.func, set()).add(target)
    todo = list(side)
    while todo:  # what the worker side calls is on the worker side: each function is followed once
        for target in callees.get(todo.pop(), ()):
            if target not in side:
                side.add(target)
                todo.append(target)
    return side


def _reach_incomplete(files: list[FileFacts], project) -> bool:
    """Some module of a project package that these files import is not in the project (a file left out of a
    submission): what the loader's code builds cannot all be seen."""
    packages = {m.split(".")[0] for m in module_index(project) if "." in m}
    unread = tuple(path.replace("\\", "/").removesuffix(".py").removesuffix("/__init__") for path in project.unread_python)

    def missing(module: str, importer: FileFacts) -> bool:  # held neither as read facts nor as a file with no seed token
        return module_named(module, importer, project) is None and \
            not any(path == module.replace(".", "/") or path.endswith("/" + module.replace(".", "/")) for path in unread)

    return any(imp.module and not imp.module.startswith(".") and imp.module.split(".")[0] in packages
               and missing(imp.module, f) for f in files for imp in f.imports)


def _built_classes(files: list[FileFacts]) -> set[str]:
    """Names of the project classes these files construct (see _built_by_scope)."""
    return set().union(*_built_by_scope(files).values())


def _built_by_scope(files: list[FileFacts]) -> dict[str, set[str]]:
    """The project classes these files construct, by the class whose methods construct them ("" outside any class):
    calls of a bare or project-module name (`Blur(3)`, `transforms.Blur(3)` from a project module), not of a
    library's class of the same name (`T.GaussianBlur` from torchvision, resolved to
    `torchvision.transforms.GaussianBlur`)."""
    own = {f.module.split(".")[0] for f in files if f.module}
    out: dict[str, set[str]] = {}
    for call in (c for f in files for c in f.calls):
        if "." not in call.qualname or call.qualname.split(".")[0] in own or call.qualname.startswith("."):
            out.setdefault(_class_of(call.ctx.func), set()).add(call.qualname.rpartition(".")[2])
    return out


def _built_within(files: list[FileFacts], classes: set[str]) -> set[str]:
    """`classes` and the project classes their methods construct, and theirs in turn (a masking transform built in
    the `__init__` of the transform handed to a data set, `self.mask = MaskGenerator()`, runs where that one runs)."""
    by_scope = _built_by_scope(files)
    found, todo = set(classes), list(classes)
    while todo:
        for name in by_scope.get(todo.pop(), set()) - found:
            found.add(name)
            todo.append(name)
    return found


def _calls_held_callable(files: list[FileFacts], side: set[str], dataset: str) -> bool:
    """The dataset's item methods call an object it holds (`self.transform(img)`), not a method of its own."""
    own = {fn.name for f in files for fn in f.functions if fn.class_name == dataset}
    return any(c.ctx.func in side and c.qualname.startswith("self.") and c.qualname.count(".") == 1
               and c.qualname[5:] not in own for f in files for c in f.calls)


def _reseeds_per_item(facts: FileFacts, call: Call, project) -> bool:
    """A project seeding helper called in a worker method with that method's own argument (`with
    numpy_seed(self.seed, epoch, index):` in `__getitem__`): numpy's state is set from the item before its draws,
    so no two workers can repeat each other's stream, as with `np.random.seed(index)` there."""
    method = next((fn for fn in facts.functions if fn.qualname == call.ctx.func), None)
    if method is None or call.qualname.startswith("numpy."):
        return False
    own = {p.name for p in method.params} - {"self", "cls"}
    if not own & {n for a in (*call.args, *call.kwargs.values()) for n in a.names}:
        return False
    return "numpy" in (project.seeded_families(call, facts) or ())


def _numpy_in_workers(files: list[FileFacts], project, side: set[str]) -> tuple[FileFacts, Call] | None:
    """A global-numpy draw in code that runs in DataLoader workers (`side`, see _worker_side), with no per-worker
    numpy reseed in the project."""
    if any(c.qualname == "numpy.random.seed" and _WORKER_METHODS.search(c.ctx.func)
           and not all(a.is_literal for a in c.args) for f in files for c in f.calls):
        return None  # the dataset reseeds numpy per worker (from the index or the worker id)
    if any(_WORKER_METHODS.search(c.ctx.func) and _reseeds_per_item(f, c, project) for f in files for c in f.calls):
        return None  # ... or through a seeding helper (a scoped seed context) keyed on the item
    for f in files:
        for c in f.calls:
            if draw_family(c.qualname) == "numpy" and c.ctx.func in side:
                return f, c
    return None


def _held_rng(files: list[FileFacts], side: set[str], dataset: str | None = None) -> tuple[FileFacts, int, str] | None:
    """An RNG object stored on a dataset/transform in __init__ and drawn from in its methods that run in the workers
    (`side`, see _worker_side; the `dataset` class's, when the loader is known to read one): a trainer's or a model's
    `self.rng`, drawn from in the main process, is not copied into any worker's draws."""
    for f in files:
        if any(c.qualname in _PER_WORKER for c in f.calls):
            continue
        held = {}
        for call in f.calls:
            if call.qualname in _OBJECT_FACTORIES and call.ctx.func.endswith("__init__"):
                for target in call.targets:
                    if target.startswith("self.") and (dataset is None or _class_of(call.ctx.func) == dataset):
                        held[(_class_of(call.ctx.func), target)] = call.line
        for call in f.calls:
            for (cls, attr), line in held.items():
                if call.qualname.startswith(attr + ".") and _class_of(call.ctx.func) == cls and _in_method(call.ctx.func) \
                        and call.ctx.func in side:
                    return f, line, attr
        for call in f.calls:
            if call.qualname.startswith("imgaug.") and (dataset is None or _class_of(call.ctx.func) == dataset) and (
                    _in_method(call.ctx.func) or call.ctx.func.endswith("__init__")):
                return f, call.line, "imgaug's global RNG"
    return None


def _worker_init(facts: FileFacts, call: Call, project) -> Hit | None:
    """A worker_init_fn defined here that reseeds with a constant: every worker gets the same stream."""
    arg = call.arg(-1, "worker_init_fn")
    if arg is None or arg.kind != "name":
        return None
    fn = project.function_named(facts, arg.text)
    if fn is None:
        return None
    params = {p.name for p in fn.params}
    body = calls_by_function(facts, project).get(fn.qualname, [])
    seeds = [c for c in body if project.seeded_families(c, facts)]
    if not seeds or any(c.qualname in _PER_WORKER for c in body):
        return None
    varying = params | _derived(facts, fn.qualname, params)
    if any(set(n for a in (*c.args, *c.kwargs.values()) for n in a.names) & varying for c in seeds):
        return None
    return Hit(call.line, f"worker_init_fn `{fn.name}` reseeds every worker with the same value (line {seeds[0].line}): "
                          "the workers still share one random stream", col=call.col, end_line=call.end_line,
               related=[(facts.path, seeds[0].line, "constant reseed")])


def _derived(facts: FileFacts, func: str, params: set[str]) -> set[str]:
    """Names assigned in `func` from its parameters (`seed = base + worker_id`)."""
    return {n for a in facts.assigns if a.ctx.func == func and set(a.value.names) & params
            for t in a.targets for n in t.names}


@check("SA106")
def worker_rng_fork(facts, project, config) -> Iterator[Hit]:
    loaders = [c for c in facts.calls if c.qualname in _LOADERS and _workers(c, project, facts)]
    for call in loaders:
        if "worker_init_fn" in call.kwargs and (hit := _worker_init(facts, call, project)) is not None:
            yield hit
    if not any("worker_init_fn" not in c.kwargs for c in loaders):
        return
    sites = fork_sites(project)
    mine = next(((hit, key) for f, hit, key in sites if f is facts), None)
    if mine is None:
        return
    hit, key = mine
    sharing = [(f, other) for f, other, k in sites if k == key]
    if sharing[0][0] is not facts:
        return  # one draw shared by several loaders is one problem, reported at the first loader by path
    others = [(f.path, other.line, "DataLoader without worker_init_fn") for f, other in sharing[1:]]
    if others:
        hit = replace(hit, message=f"{hit.message} (also {len(others)} other DataLoader{'s' if len(others) > 1 else ''} "
                                   "reaching the same draw)", related=[*hit.related, *others])
    yield hit


def fork_sites(project) -> list[tuple[FileFacts, Hit, tuple[str, int]]]:
    """For each file (by path) whose loaders fork workers without a worker_init_fn, its finding and the draw it
    rests on (path, line): once per file, at the training loader (the shuffled one), where the augmentation runs.
    A loader built in a function no program reaches (see reach.dormant) forks no workers."""
    if "sa106-sites" not in project.memo:
        found = []
        for other in sorted(project.python_files(), key=lambda f: f.path):
            plain = [c for c in other.calls if c.qualname in _LOADERS and "worker_init_fn" not in c.kwargs
                     and _workers(c, project, other) and not dormant(c.ctx.func, project, other)]
            if not plain:
                continue
            shuffled = [c for c in plain if (s := c.arg(2, "shuffle")) is not None and s.value is True or "sampler" in c.kwargs]
            site = _fork_hit(other, project, (shuffled or plain)[0])
            if site is not None:
                found.append((other, *site))
        project.memo["sa106-sites"] = found
    return project.memo["sa106-sites"]


def _built_datasets(facts: FileFacts, call: Call, project) -> set[str] | None:
    """The project classes the loader's dataset is built from (`DataLoader(FilesDataset(paths), ...)`, or a name its
    function bound to one, in any of its branches): only their item methods run in the workers, not every dataset
    class in the project's packages. A branch that builds a library's data set (`CIFAR10(root)` from torchvision,
    resolved outside the project) adds no class, unless it is a wrapper of the data sets handed to it (`Subset(train_set,
    idx)`, `ConcatDataset([Clips(a), Clips(b)])`: what those are built from): an empty set when every branch builds a
    library's own. None when the dataset is built elsewhere or cannot be told."""
    arg = call.arg(0, "dataset")
    return None if arg is None else _classes_of(arg, call.ctx.func, call.line, facts, _project_classes(project), 0)


def _classes_of(value: Expr, func: str, line: int, facts: FileFacts, classes: set[str], depth: int) -> set[str] | None:
    """The project classes a data set value is built from (see _built_datasets); None when it cannot be told. A
    value that is no call adds the project classes it builds (`[Clips(a), Clips(b)]`); past the loader's own
    argument (`depth` > 0: what a library's wrapper is handed), one that builds none (a path, a range) adds none."""
    bound = [(value, line)]
    if value.kind == "name":
        bound = [(a.value, a.line) for a in facts.assigns if a.ctx.func == func and a.line <= line
                 and any(t.text == value.text for t in a.targets)]
    if not bound or depth > 3:
        return None
    found: set[str] = set()
    for built, at in bound:
        if built.kind == "call" and not built.qualname:
            return None  # a method of an object built on the spot (`Views(root).get(name)`): a factory out of sight
        if built.kind != "call" or built.qualname.startswith("."):
            listed = {n for n in built.names if n in classes}  # `[Clips(a), Clips(b)]`: the classes it builds
            if depth == 0 and not listed:
                return None
            found |= listed
        elif (name := built.qualname.rpartition(".")[2]) in classes:
            found.add(name)
        elif "." not in built.qualname:
            return None  # a bare name the project does not define: a class from a star import, or a factory
        elif _WRAPPERS.search(name):  # a library's wrapper of the data set handed to it first (`Subset(ds, idx)`)
            made = next((c for c in facts.calls if c.line == at and c.qualname == built.qualname and c.ctx.func == func), None)
            handed = made.arg(0, "dataset") if made is not None else None
            inner = _classes_of(handed, func, at, facts, classes, depth + 1) if handed is not None else None
            if inner is None:
                return None
            found |= inner
    return found


# a library's class that wraps the data sets it is handed (`torch.utils.data.Subset`, `ConcatDataset`, a wrapper)
_WRAPPERS = re.compile(r"Subset|Concat|Chain|Wrap|Combine|Merge|Interleave")


# modules that exist only for torch 1.9 or later (the unified `lightning` package from its first release on)
_NEWER_TORCH_MODULES = ("lightning", "torch.func", "torch.export", "torch.distributed.fsdp")


def _newer_torch_import(project) -> bool:
    """Some file of the project imports a module that only a torch of 1.9 or later has: with no pin or target
    version, that rules out the older torch whose workers shared numpy's state."""
    if "sa106-newer-torch" not in project.memo:
        project.memo["sa106-newer-torch"] = any(
            any(m == key or m.startswith(key + ".") for key in _NEWER_TORCH_MODULES
                for m in (imp.module, *(f"{imp.module}.{n}" for n in imp.names)))
            for other in project.python_files() for imp in other.imports if not imp.module.startswith("."))
    return project.memo["sa106-newer-torch"]


def _fork_hit(facts: FileFacts, project, call: Call) -> tuple[Hit, tuple[str, int]] | None:
    """The finding for one loader and the draw it rests on, or None."""
    files = _scope(facts, project)
    datasets = _built_datasets(facts, call, project)
    if datasets is None:
        datasets = _handed_classes(facts, call, project)  # the loader reads what its function is handed
        if datasets is None:
            return _class_hit(facts, project, call, files, None)
    handed = _handed_to_dataset(facts, call, project)
    if not datasets:  # a library's data set: only the transforms handed to it run project code in the workers
        return _class_hit(facts, project, call, files, None, library=True, handed=handed)
    return next((hit for cls in sorted(datasets) if (hit := _class_hit(facts, project, call,
                                                                        _with_class(files, cls, project), cls,
                                                                        handed=handed))), None)


def _handed_to_dataset(facts: FileFacts, call: Call, project) -> set[str] | None:
    """The project classes built in what the loader's function hands its data set's construction
    (`CIFARNoise(root, train_transform)` where that function binds `train_transform = Compose([RandomCrop(32),
    Cutout(8)])`, in any branch): the only transforms handed to the data set, so the only ones its item methods can
    call. None when that cannot be told: the data set is not built in the loader's function, or is handed a
    parameter, a name the function does not bind, or something the object holds (`self.augment`)."""
    func, arg = call.ctx.func, call.arg(0, "dataset")
    if arg is None or arg.kind not in ("name", "call"):
        return None
    bindings = [a for a in facts.assigns if a.ctx.func == func and a.line <= call.line
                and any(t.text == arg.text for t in a.targets)] if arg.kind == "name" else []
    lines = {call.line} if arg.kind == "call" else {a.line for a in bindings}
    constructions = [c for c in facts.calls if c.line in lines and c.ctx.func == func and c is not call and c.qualname
                     and (arg.kind == "call" and c.qualname == arg.qualname or arg.text in c.targets)]
    if not constructions or not all(c.qualname.rpartition(".")[2][:1].isupper() for c in constructions):
        return None  # a factory (`dataset.get_dataset(name)`) builds the data set and its transforms out of sight
    function = project.function_named(facts, func)
    params = {p.name for p in function.params} if function is not None else set()
    found: set[str] = set()
    for built in constructions:
        found |= _called_within(facts, built)
        for given in (*built.args, *built.kwargs.values()):
            if given.kind == "attr" and given.text.startswith("self.") or given.kind == "name" and given.text in params:
                return None
            if given.kind != "name":
                continue
            bound = [a for a in facts.assigns if a.ctx.func in (func, "") and a.line < built.line
                     and any(t.text == given.text for t in a.targets)]
            if not bound:
                return None
            for assign in bound:
                made = next((c for c in facts.calls if c.line == assign.line and c.ctx.func == assign.ctx.func
                             and given.text in c.targets), None)
                found |= {made.qualname, *_called_within(facts, made)} if made is not None else set(assign.value.names)
    return {name.rpartition(".")[2] for name in found} & _project_classes(project)


def _called_within(facts: FileFacts, outer: Call) -> set[str]:
    """The callees of the calls written inside a call (`Compose([RandomCrop(32), Cutout(8)])`: RandomCrop, Cutout)."""
    return {c.qualname for c in facts.calls if c is not outer and c.ctx.func == outer.ctx.func
            and outer.line <= c.line <= outer.end_line and c.qualname}


def _handed_classes(facts: FileFacts, call: Call, project) -> set[str] | None:
    """When the loader's dataset is a parameter of its function (`def encode(self, corpus): DataLoader(corpus, ...)`),
    the project classes the function's callers build and hand it there (`encoder.encode(ClipSet(paths))`, or a name
    their function bound to one); None when the dataset is no parameter. Callers that hand on something else (their
    own parameter, a library's data set) name no class: a loader no caller is seen to feed a drawing class is not
    tied to one by guessing."""
    arg = call.arg(0, "dataset")
    function = project.function_named(facts, call.ctx.func)
    params = [p.name for p in function.params if p.name not in ("self", "cls")] if function is not None else []
    if arg is None or arg.kind != "name" or arg.text not in params:
        return None
    index = params.index(arg.text)
    classes = _project_classes(project)
    found = set()
    for other in project.python_files():
        for caller in other.calls:
            if caller.qualname.rpartition(".")[2] != function.name or caller.ctx.func == call.ctx.func:
                continue
            given = caller.kwargs.get(arg.text) or (caller.args[index] if index < len(caller.args) else None)
            if given is not None and given.kind == "name":
                bound = [a for a in other.assigns if a.ctx.func == caller.ctx.func and a.line <= caller.line
                         and any(t.text == given.text for t in a.targets)]
                given = max(bound, key=lambda a: a.line).value if bound else None
            if given is not None and given.kind == "call" and (name := (given.qualname or "").rpartition(".")[2]) in classes:
                found.add(name)
    return found


def _with_class(files: list[FileFacts], name: str, project) -> list[FileFacts]:
    """`files` and the project modules that define the class `name` (a caller may import it from elsewhere)."""
    return files + [f for f in project.python_files() if f not in files and any(c.name == name for c in f.classes)]


def _project_classes(project) -> set[str]:
    """The names of the classes the project defines, once per pass."""
    if "sa106-classes" not in project.memo:
        project.memo["sa106-classes"] = {c.name for other in project.python_files() for c in other.classes}
    return project.memo["sa106-classes"]


def _class_hit(facts: FileFacts, project, call: Call, files: list[FileFacts], dataset: str | None,
               library: bool = False, handed: set[str] | None = None) -> tuple[Hit, tuple[str, int]] | None:
    """The finding for one loader reading `dataset` (a class of `files`; None: any of them, or none when it reads a
    `library` data set), or None. `handed`: the project classes the loader's data set is handed when built, when
    known (see _handed_to_dataset): only those, and what the data set's own methods build, are its transforms."""
    # what runs in the workers: the `dataset` class's item methods when known, only transforms for a `library` data set
    built = None if _reach_incomplete(files, project) else _built_classes(files)
    if handed is not None:  # the transforms handed to the data set, and what it and they build for themselves
        built = _built_within(files, handed | ({dataset} if dataset is not None else set()))
    side = _worker_side(files, dataset, built, library)
    held = _held_rng(files, side, dataset)
    if held is not None:
        where, line, what = held
        return Hit(call.line, f"this DataLoader forks workers without a worker_init_fn, and {what} (created at "
                              f"{where.path}:{line}) is copied into each worker unchanged: the workers draw identical "
                              "augmentation streams (torch reseeds only random, torch and numpy's global RNG)",
                   col=call.col, end_line=call.end_line, related=[(where.path, line, what)]), (where.path, line)
    version = project.torch_version
    if version is not None and version >= (1, 9) or project.torch_floor is not None and project.torch_floor >= (1, 9) \
            or version is None and _newer_torch_import(project):
        return None
    found = _numpy_in_workers(files, project, side)
    if found is None:
        return None
    where, draw = found
    known = version is not None
    when = (f"torch {version[0]}.{version[1]} ({project.torch_version_source})" if known
            else "torch older than 1.9 (the project does not say which torch it targets)")
    return Hit(call.line, f"this DataLoader forks workers without a worker_init_fn while `{draw.qualname}` draws from "
                          f"numpy's global RNG in `{draw.ctx.func}`: with {when} every worker starts from the same numpy "
                          "state and applies the same random augmentations",
               col=call.col, end_line=call.end_line, confidence=None if known else Confidence.LOW,
               related=[(where.path, draw.line, draw.qualname)]), (where.path, draw.line)
