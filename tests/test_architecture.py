"""Guard tests for the package boundaries (ARCHITECTURE.md): engines stay independent of the CLI and of
the renderers, and no module of seedaudit imports another in a cycle.

Imports are read from the source with `ast` (nothing is imported), including imports inside functions,
which is where a cycle or a reach-in tends to hide.
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "seedaudit"
# Packages that may import the CLI or the renderers: the CLI itself, the renderers, and the entry point.
FRONT_ENDS = ("seedaudit.cli", "seedaudit.report", "seedaudit.__main__")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """Absolute names of the seedaudit modules a file imports (relative imports resolved)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("seedaudit"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("seedaudit"):
                named = {f"{target}.{alias.name}" for alias in node.names}
                found.update(named)
                if not all(is_module(n) for n in named):  # `from . import metrics` imports a submodule, not the package
                    found.add(target)
    return found


def is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def modules() -> dict[str, set[str]]:
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in imported_modules(path) if m in files} for name, path in files.items()}


def is_within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def test_engines_never_import_the_cli_or_the_renderers():
    wrong = {name: sorted(m for m in deps if is_within(m, ("seedaudit.cli", "seedaudit.report")))
             for name, deps in modules().items() if not is_within(name, FRONT_ENDS)}
    assert {name: deps for name, deps in wrong.items() if deps} == {}


def test_the_guard_reads_relative_imports():
    """The guard would pass vacuously if relative imports were not resolved: check it on a known edge."""
    deps = modules()
    assert "seedaudit.findings" in deps["seedaudit.result"]


# --- private names stay private ------------------------------------------------------------------------

# Private names that one module may import from another, each named with its importer: none today. The
# code checks share helpers through public modules (code/experiment.py and the rule modules' public names).
PRIVATE_IMPORTS_ALLOWED: set[tuple[str, str]] = set()


def is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def seedaudit_import_names(tree: ast.AST) -> set[str]:
    """The local names that imports of seedaudit modules bind (relative imports are seedaudit's too)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("seedaudit")):
            names.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names
                         if alias.name.startswith("seedaudit"))
    return names


def private_reach_ins(path: Path) -> set[tuple[str, str]]:
    """(module, what) for each private name of another seedaudit module that `path` imports (`from .x
    import _y`, `import seedaudit._x`) or reads through an imported name (`x._y`), and each private
    attribute read from one of its objects' private attributes (`self._pool._refs`)."""
    name, tree = module_name(path), ast.parse(path.read_text(encoding="utf-8"))
    found = {(name, imported) for imported in imported_modules(path)
             if any(is_private(part) for part in imported.split("."))}
    bound = seedaudit_import_names(tree)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and is_private(node.attr)):
            continue
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in bound:
            found.add((name, f"{owner.id}.{node.attr}"))
        elif (isinstance(owner, ast.Attribute) and is_private(owner.attr) and isinstance(owner.value, ast.Name)
              and owner.value.id in ("self", "cls")):
            found.add((name, f"{owner.value.id}.{owner.attr}.{node.attr}"))
    return found


def test_no_module_reaches_into_another_modules_private_names():
    found = set().union(*(private_reach_ins(path) for path in PACKAGE.rglob("*.py")))
    assert sorted(found - PRIVATE_IMPORTS_ALLOWED) == []


def test_the_private_name_guard_sees_each_form(tmp_path, monkeypatch):
    """The guard would pass vacuously if it missed a form: check each on a module written for the purpose."""
    monkeypatch.setitem(globals(), "PACKAGE", tmp_path / "seedaudit")
    sample = tmp_path / "seedaudit" / "scan" / "sample.py"
    sample.parent.mkdir(parents=True)
    sample.write_text("from ..runtime import _leave\nfrom .. import runtime\nimport seedaudit.rules as rules\n"
                      "import os\nruntime._serve\nrules._cache\nos._exit\n"
                      "class A:\n    def f(self):\n        return self._pool._refs, self._own\n", encoding="utf-8")
    found = {what for _, what in private_reach_ins(sample)}
    assert found == {"seedaudit.runtime._leave", "runtime._serve", "rules._cache", "self._pool._refs"}


# --- no import cycles ----------------------------------------------------------------------------------

def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The modules that import each other in a cycle, one sorted list per cycle (Tarjan's strongly connected
    components of more than one module, or of one that imports itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(name: str) -> None:
        index[name] = low[name] = len(index)
        stack.append(name)
        for other in sorted(graph.get(name, ())):
            if other not in index:
                visit(other)
                low[name] = min(low[name], low[other])
            elif other in stack:
                low[name] = min(low[name], index[other])
        if low[name] == index[name]:
            component = []
            while not component or component[-1] != name:
                component.append(stack.pop())
            if len(component) > 1 or name in graph.get(name, ()):
                cycles.append(sorted(component))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return sorted(cycles)


# Imports that close a cycle outside code/, each named with its importer, waiting for the owner of the cycle to
# break it; a pair leaving this list needs no edit here, a new cycle fails.
CYCLE_IMPORTS_ALLOWED: set[tuple[str, str]] = set()


def packages_above(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:end]) for end in range(1, len(parts))]


def import_graph() -> dict[str, set[str]]:
    """Module → the modules that importing it runs: those it imports, and the packages above them (importing
    `seedaudit.paper.claims` runs `seedaudit/paper/__init__.py` first), but not its own packages, which are
    already being imported when it runs."""
    graph = {}
    for name, deps in modules().items():
        deps = {dep for dep in deps if (name, dep) not in CYCLE_IMPORTS_ALLOWED}
        own = {name, *packages_above(name)}
        graph[name] = deps | {p for dep in deps for p in packages_above(dep) if p not in own}
    return graph


def test_no_module_imports_another_in_a_cycle():
    """Imports inside functions count: hiding one there keeps the cycle, it only delays the failure."""
    assert import_cycles(import_graph()) == []


def test_the_cycle_guard_sees_each_form(tmp_path, monkeypatch):
    """The guard would pass vacuously if it missed a cycle through a function-level import or through the
    package a submodule import runs; and it must see none where a package's __init__ imports a submodule
    that imports a sibling (`from . import a`)."""
    monkeypatch.setitem(globals(), "PACKAGE", tmp_path / "seedaudit")
    files = {"__init__.py": "", "top.py": "from .code import a\n",
             "code/__init__.py": "from .c import run\n", "code/a.py": "from .b import helper\n",
             "code/b.py": "def helper():\n    from .a import other\n", "code/c.py": "from . import a\nfrom .. import top\n"}
    for path, text in files.items():
        (tmp_path / "seedaudit" / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "seedaudit" / path).write_text(text, encoding="utf-8")
    assert import_cycles(import_graph()) == [["seedaudit.code", "seedaudit.code.c", "seedaudit.top"],
                                             ["seedaudit.code.a", "seedaudit.code.b"]]


def test_every_check_module_is_named_after_the_rules_it_registers():
    """`checks/sa101_single_seed_comparison.py` holds SA101 and nothing else, so a rule's code is found by its id
    (a module of several small rules says their range: sa19x_...)."""
    from seedaudit.code.checks import registry

    misplaced = {}
    for rule_id, checks in registry().items():
        for check in checks:
            module = check.fn.__module__.rpartition(".")[2]
            prefix = rule_id.lower()
            if not (module.startswith(prefix + "_") or module.startswith(prefix[:-1] + "x_")):
                misplaced.setdefault(rule_id, set()).add(module)
    assert misplaced == {}
