"""Which functions of a project any running code reaches, so that seeds and draws in unused helpers count for nothing.

A research repository keeps helpers nobody calls any more (a loader superseded by another, a debug routine): a seed
applied there fixes no run, and a draw there changes none. Reachability is read by name, across the project's files.
"""
from __future__ import annotations

import re
from pathlib import Path

from .facts import FileFacts
from .project import ProjectFacts, imported_modules

# entry points a packaging file may name (`console_scripts = pkg.mod:main`), run though nothing in the code calls them
_ENTRY_NAME = re.compile(r"^(?:main|cli)(?:_\w*)?$|^\w+_main$")


def dormant(func: str, project: ProjectFacts, facts: FileFacts) -> bool:
    """A module-level function of `facts` that no running code of the project reaches (see _live_functions), in a
    module whose other functions some running code does use: a helper left behind (or one only such helpers call).
    What it seeds or draws, no program runs. A module none of whose functions is used is a script or an interface
    its users call, and keeps every function. A method is dormant only in a module nothing can run (see _orphan)."""
    if "." in func:  # a method: it runs where its class is used, which a module nothing can run never is
        return orphan_module(facts, project)
    if not func or _ENTRY_NAME.match(func):
        return False
    if func in _live_functions(project):
        return False
    used_here = project.per_file("live-module-functions", facts, lambda f, p: {
        fn.name for fn in f.functions if fn.class_name is None and "." not in fn.qualname and fn.name in _live_functions(p)})
    return bool(used_here - {func}) or not used_here and orphan_module(facts, project)


# calls that load code by a name or a path known only at run time
_RUNTIME_LOADERS = {"import_module", "__import__", "spec_from_file_location", "run_path", "run_module", "exec"}


def orphan_module(facts: FileFacts, project: ProjectFacts) -> bool:
    """See _orphan: once per file and pass (every seed and draw of a module asks)."""
    return project.per_file("orphan-module", facts, _orphan)


def _orphan(facts: FileFacts, project: ProjectFacts) -> bool:
    """A module left behind beside the ones in use: the project's programs import other modules of its folder but
    nothing can run it. No project file imports it, no launch line runs it, it has no `__main__` block and runs no
    code at module level itself, no file the check did not parse names it, and no file loads modules by a name built
    at run time (`import_module(args.module)`). A loader superseded by another module of the same package: its
    functions run in no program. A module in a folder no program imports from is an interface its users call, and a
    package's `__init__` and a notebook are never orphans."""
    if facts.kind != "py" or Path(facts.path).name == "__init__.py" or facts.has_main_guard \
            or facts.path in project.runs or runs_code_at_top(facts) or project.importers_of(facts):
        return False
    folder = str(Path(facts.path).parent)
    if folder not in _program_folders(project):
        return False
    return not named_in_unread(project, {Path(facts.path).stem})


# calls at a module's top level that only define a name (`ModelPrediction = namedtuple(...)`, `log =
# logging.getLogger(__name__)`, `PATTERN = re.compile(...)`, `T = TypeVar("T")`): a module of them runs no code
_DEFINING_CALLS = {"namedtuple", "NamedTuple", "TypeVar", "getLogger", "get_logger", "compile", "partial",
                   "make_dataclass", "Enum", "IntEnum", "field", "dataclass"}


def runs_code_at_top(facts: FileFacts) -> bool:
    """The module runs code of its own at its top level, past calls that only define a name (see _DEFINING_CALLS)."""
    return any(not c.ctx.func and c.qualname.rpartition(".")[2] not in _DEFINING_CALLS for c in facts.calls)


def _program_folders(project: ProjectFacts) -> set[str]:
    """The folders holding a module that one of the project's programs (a file running code at module level or in
    a `__main__` block, or one a launch line runs) imports; none when any file loads modules by a name built at run
    time, as then any module may be one a program runs. Once per pass."""
    if "program-folders" not in project.memo:
        files = project.python_files()
        runtime = any(c.qualname.rpartition(".")[2] in _RUNTIME_LOADERS and c.args and c.args[0].kind != "str"
                      for f in files for c in f.calls)
        programs = [f for f in files if f.has_main_guard or f.path in project.runs or runs_code_at_top(f)]
        project.memo["program-folders"] = set() if runtime else {
            str(Path(m.path).parent) for f in programs for m in imported_modules(f, project) if m.path != f.path}
    return project.memo["program-folders"]


def _live_functions(project: ProjectFacts) -> set[str]:
    """Names of the project's module-level functions that running code reaches: called at module level (a script,
    a notebook, a `__main__` block), from a method, from a live function, or handed on as a value or decorated (a
    callback, a command); and every function of a project with no such entry point (a library its users call).
    Functions are told apart by name, once per pass."""
    if "live-functions" in project.memo:
        return project.memo["live-functions"]
    defined, decorated = set(), set()
    callers: dict[str, set[str]] = {}
    passed = values_read(project)
    entry = False
    for other in project.python_files():
        classes = {f.class_name for f in other.functions if f.class_name is not None}
        for function in other.functions:
            if function.class_name is None and "." not in function.qualname:
                defined.add(function.name)
                if function.decorators:
                    decorated.add(function.name)
        for call in other.calls:
            home = call.ctx.func
            caller = "" if not home else "<method>" if home.split(".")[0] in classes else home.split(".")[0]
            entry = entry or caller == ""
            callers.setdefault(call.qualname.rsplit(".", 1)[-1], set()).add(caller)
    if not entry:
        live = set(defined)
    else:
        live = {n for n in defined if n in passed or n in decorated or callers.get(n, set()) & {"", "<method>"}}
        grown = True
        while grown:
            more = {n for n in defined - live if callers.get(n, set()) & live}
            grown = bool(more)
            live |= more
    dormant_names = defined - live
    if dormant_names:
        live |= named_in_unread(project, dormant_names)
    project.memo["live-functions"] = live
    return live


def values_read(project: ProjectFacts) -> dict[str, set[tuple[str, str]]]:
    """Names (last parts) the project's code reads as values, each with the (file, function) places that do: handed
    to a call (`Trainer(distribution_fn=rand_circle)`), bound, listed, looped over or returned (`for name, fit in
    [("rf", fit_rf)]`, `sampler = draw_ring`). A function so read is called through the value; a name only called
    there (`scores = bootstrap(x)`) is no value handed on. Once per pass."""
    if "values-read" not in project.memo:
        read: dict[str, set[tuple[str, str]]] = {}
        for other in project.python_files():
            for call in other.calls:
                for value in (*call.args, *call.kwargs.values()):
                    for name in value.names:
                        read.setdefault(name.rsplit(".", 1)[-1], set()).add((other.path, call.ctx.func))
            values = [*((a.value, a.ctx.func) for a in other.assigns),
                      *((loop.iter, loop.ctx.func) for loop in other.loops if loop.iter is not None),
                      *((value, func) for func, value, _ in other.returns)]
            for value, func in values:
                for name in value.names:
                    if _read_as_value(name, value.text):
                        read.setdefault(name.rsplit(".", 1)[-1], set()).add((other.path, func))
        project.memo["values-read"] = read
    return project.memo["values-read"]


def _read_as_value(name: str, text: str) -> bool:
    """`name` stands in `text` somewhere other than as a callee (`[fit_rf, fit_svm]`, `run = fit_rf`; not only
    `bootstrap(x)`), or past where a long text was cut."""
    found = list(re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w])", text))
    return not found or any(not text[m.end():].lstrip().startswith("(") for m in found)


def _unparsed_words(project: ProjectFacts) -> frozenset[str]:
    """The identifiers written in the project's Python files whose code the check did not read: those the prefilter
    left unread (no seed token), and package `__init__` files read for their imports alone (`def build_loader(cfg):
    return build_simmim(cfg)` in one goes unseen). Each such file is read once per pass, whatever is asked of it."""
    if "unparsed-words" not in project.memo:
        inits = [f.path for f in project.python_files() if Path(f.path).name == "__init__.py" and not f.calls
                 and not f.functions]
        words: set[str] = set()
        for path in [*sorted(project.unread_python), *inits]:  # shown as the user named it: relative to the check
            try:
                words.update(re.findall(r"\w+", Path(path).read_text(encoding="utf-8", errors="replace")))
            except OSError:
                continue
        project.memo["unparsed-words"] = frozenset(words)
    return project.memo["unparsed-words"]


def named_in_unread(project: ProjectFacts, names: set[str]) -> set[str]:
    """Of `names`, those a Python file whose code the project did not read mentions: such a file may call them."""
    return names & _unparsed_words(project)


def reaches(program: FileFacts, func: str, facts: FileFacts, project: ProjectFacts) -> bool:
    """Does running `program` reach `func` of `facts` (a function, or a method: then its class)? By name, as the rest of
    this module reads reachability (see _reached_names)."""
    if not func:
        return any(m is facts for m in imported_modules(program, project))
    return func.split(".")[0] in reached_names(program, project)


def reached_names(program: FileFacts, project: ProjectFacts) -> frozenset[str]:
    """See _reached_names; once per program and pass."""
    return project.per_file("reached-names", program, _reached_names)


def reaches_call(program: FileFacts, where: FileFacts, func: str, project: ProjectFacts) -> bool:
    """Does running `program` run code of `where` in `func` (its top level when empty)? The program's own code all
    counts; another module's top level runs when the program imports it."""
    if where is program:
        return True
    if not func:
        return any(m is where for m in imported_modules(program, project))
    return reaches(program, func, where, project)


def _reached_names(program: FileFacts, project: ProjectFacts) -> frozenset[str]:
    """Names of the functions and classes a program reaches: what its own code calls or hands on as a value, what the
    modules it imports run at their top level, then what every function so reached, or any method of a class so
    reached (built, its methods run), calls or hands on, and so on. A name the program or a module it imports
    defines means that definition (the program's `main`, not every script's)."""
    body, defined = _bodies(project)
    imported = imported_modules(program, project)
    scope = {program.path, *(m.path for m in imported)}
    reached: set[str] = set(body.get((program.path, ""), ())) | set(body.get((program.path, "<program>"), ()))
    for module in imported:
        reached |= body.get((module.path, ""), set()) or _used_beyond_imports(module, project)
    frontier = set(reached)
    while frontier:
        more: set[str] = set()
        for name in frontier:
            paths = defined.get(name, ())
            for path in [p for p in paths if p in scope] or paths:
                more |= body[path, name]
        frontier = more - reached
        reached |= frontier
    return frozenset(reached)


def _used_beyond_imports(module: FileFacts, project: ProjectFacts) -> set[str]:
    """The names a module read for its imports alone (a package `__init__` with no word of randomness) uses past its
    import lines (`_models = {"byol": BYOL}` beside `def get_model_class(key)`): what its code may build or call."""
    if module.calls or module.functions or module.assigns:
        return set()
    words: set[str] = set()
    importing = False
    for line in project.lines_of(module.path):
        text = line.strip()
        if importing or text.startswith(("import ", "from ")):
            importing = text.endswith(("(", ",", "\\")) or importing and not text.endswith(")")
            continue
        words.update(re.findall(r"[A-Za-z_]\w*", text.split("#", 1)[0]))
    return words


def _bodies(project: ProjectFacts) -> tuple[dict, dict[str, set[str]]]:
    """Once per pass: for each function or class of each file ((path, name); nested functions fold into theirs) the
    names its code calls or reads as values (handed to a call, bound, looped over, returned), with (path, "") what
    the file's top level does and (path, "<program>") what all its code does; and for each name the files defining
    it."""
    if "reach-bodies" not in project.memo:
        body: dict = {}
        defined: dict[str, set[str]] = {}
        for other in project.python_files():
            uses = [({call.qualname.rsplit(".", 1)[-1]} | {n for a in (*call.args, *call.kwargs.values()) for n in a.names},
                     call.ctx.func) for call in other.calls]
            uses += [(set(value.names), func) for value, func in (
                *((a.value, a.ctx.func) for a in other.assigns),
                *((loop.iter, loop.ctx.func) for loop in other.loops if loop.iter is not None),
                *((value, func) for func, value, _ in other.returns))]  # functions bound, listed or returned run too
            for names, func in uses:
                names = {n.rsplit(".", 1)[-1] for n in names}
                home = func.split(".")[0]  # a method's class
                body.setdefault((other.path, home), set()).update(names)
                body.setdefault((other.path, "<program>"), set()).update(names)
                if home:
                    defined.setdefault(home, set()).add(other.path)
        project.memo["reach-bodies"] = body, defined
    return project.memo["reach-bodies"]
