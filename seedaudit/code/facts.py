"""Per-file seed facts: a flat record of plain values of what one file does with randomness.

The extractor (extract.py) fills these from one libcst parse; rules and the project pass read only
these records, never the syntax tree, so facts can be cached by content hash and combined across
files without any state leaking from one file's analysis into another's. The cache stores them as
typed JSON (codec.py); only seedaudit's own pool workers pickle them, to send them back.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any


@dataclass(slots=True)
class Expr:
    """A normalised expression: its source text, a literal value where it has one, its resolved name."""

    text: str
    kind: str  # int float str bool none list dict name attr call subscript binop fstring other
    value: Any = None  # literal value (lists/tuples of literals become lists)
    qualname: str | None = None  # resolved dotted name (name/attr), callee (call), container (subscript)
    names: tuple[str, ...] = ()  # every identifier the expression reads

    @property
    def is_literal(self) -> bool:
        return self.kind in ("int", "float", "str", "bool", "none", "list")

    @property
    def is_int(self) -> bool:
        return self.kind == "int"


@dataclass(slots=True)
class Context:
    """Where a fact sits: enclosing function, loops (innermost last) and branches (innermost last)."""

    func: str = ""  # "" at module level, else "f", "Class.method", "outer.inner"
    loops: tuple[int, ...] = ()
    conds: tuple[int, ...] = ()


@dataclass(slots=True)
class Call:
    qualname: str  # resolved callee: "numpy.random.seed", "self.rng.shuffle", "set_seed"
    args: tuple[Expr, ...]
    kwargs: dict[str, Expr]
    line: int
    col: int
    end_line: int
    ctx: Context
    targets: tuple[str, ...] = ()  # names the call's value is assigned to (`x = f()` → ("x",))
    star: bool = False  # called with *args or **kwargs
    arg_lines: dict[str, int] = field(default_factory=dict)  # "0", "1", … or keyword → line the argument starts on
    spread: tuple[str, ...] = ()  # plain names passed as `**name` whose entries the facts do not know (a parameter)

    def arg(self, position: int, keyword: str | None = None) -> Expr | None:
        """The argument at `position` or passed as `keyword`."""
        if keyword is not None and keyword in self.kwargs:
            return self.kwargs[keyword]
        return self.args[position] if 0 <= position < len(self.args) else None


@dataclass(slots=True)
class Assign:
    targets: tuple[Expr, ...]  # e.g. Expr("torch.backends.cudnn.benchmark", "attr", qualname=...)
    value: Expr
    line: int
    col: int
    ctx: Context
    op: str = "="  # "=", "+=", ...


@dataclass(slots=True)
class Loop:
    id: int
    kind: str  # for while comp
    targets: tuple[str, ...]
    iter: Expr | None
    line: int
    end_line: int
    ctx: Context  # where the loop itself sits (its enclosing loops)


@dataclass(slots=True)
class Branch:
    id: int
    test: Expr
    negated: bool  # True for the else/elif side
    line: int
    ctx: Context
    main_guard: bool = False


@dataclass(slots=True)
class Param:
    name: str
    default: Expr | None = None
    annotation: str | None = None


@dataclass(slots=True)
class Function:
    qualname: str
    name: str
    class_name: str | None
    params: tuple[Param, ...]
    decorators: tuple[str, ...]
    line: int
    end_line: int
    ctx: Context


@dataclass(slots=True)
class ClassDef:
    name: str
    bases: tuple[str, ...]
    line: int
    end_line: int
    fields: tuple[Param, ...] = ()  # class attributes with defaults (dataclasses, configs); unannotated: annotation None


@dataclass(slots=True)
class Compare:
    left: Expr
    ops: tuple[str, ...]
    right: tuple[Expr, ...]
    line: int
    ctx: Context


@dataclass(slots=True)
class Import:
    module: str  # resolved absolute-or-relative module ("numpy", ".utils")
    names: tuple[str, ...]  # imported names ("*" for star)
    line: int


@dataclass
class FileFacts:
    """Everything the rules know about one file. `kind` is py or ipynb; launch files have LaunchFacts."""

    path: str
    kind: str
    digest: str
    module: str = ""  # dotted module name relative to the project root ("pkg.utils")
    aliases: dict[str, str] = field(default_factory=dict)
    imports: list[Import] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    assigns: list[Assign] = field(default_factory=list)
    loops: list[Loop] = field(default_factory=list)
    branches: list[Branch] = field(default_factory=list)
    functions: list[Function] = field(default_factory=list)
    classes: list[ClassDef] = field(default_factory=list)
    compares: list[Compare] = field(default_factory=list)
    returns: list[tuple[str, Expr, int]] = field(default_factory=list)  # (function, value, line)
    statements: list[tuple[int, int]] = field(default_factory=list)  # logical statement spans (for noqa)
    keyword_lines: list[tuple[int, str]] = field(default_factory=list)  # reproducib*/determinis* mentions
    # module-level dict literals, flattened: (`config.net.depth`, value text, line) for `config = {"net": {"depth": 2}}`
    dict_settings: list[tuple[str, str, int]] = field(default_factory=list)
    # int entries of dict literals bound to a name inside a function, flattened the same way: (function,
    # `settings.seed`, value, line) for `settings = {"seed": 11}` in `main`
    local_dict_ints: list[tuple[str, str, int, int]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # source lines (python text; notebook cells joined)
    cell_map: list[tuple[int, int, int | None]] | None = None  # python line → (cell, cell line, raw JSON line)
    cell_errors: list[tuple[int, int, str, str]] = field(default_factory=list)  # parts left out (a cell that does not parse, a statement over max-statement-bytes): (python line, col, message, text)
    has_main_guard: bool = False
    has_suppressions: bool = False

    def __getstate__(self) -> dict:
        """Facts a pool worker sends back leave the source lines out: the engine re-attaches them from the file.
        The loop index (`calls_in`) is left out too: it is rebuilt from the facts where it is asked for."""
        return {k: v for k, v in self.__dict__.items() if k not in ("lines", "_in_loops")} | {"lines": []}

    def loop(self, loop_id: int) -> Loop:
        return self.loops[loop_id]

    def calls_in(self, loop_id: int) -> list[Call]:
        """The calls inside a loop (at any depth), in source order (a new list: the caller may change it)."""
        return list(self._in_loops[0].get(loop_id, ()))

    def assigns_in(self, loop_id: int) -> list[Assign]:
        """The assignments inside a loop (at any depth), in source order (a new list)."""
        return list(self._in_loops[1].get(loop_id, ()))

    @cached_property
    def _in_loops(self) -> tuple[dict[int, list[Call]], dict[int, list[Assign]]]:
        """Calls and assignments by each loop around them: rules ask "what runs in this loop" once per loop, and
        a scan of the whole file for each made long files quadratic."""
        calls: dict[int, list[Call]] = {}
        assigns: dict[int, list[Assign]] = {}
        for call in self.calls:
            for loop_id in call.ctx.loops:
                calls.setdefault(loop_id, []).append(call)
        for assign in self.assigns:
            for loop_id in assign.ctx.loops:
                assigns.setdefault(loop_id, []).append(assign)
        return calls, assigns

    def branch(self, branch_id: int) -> Branch:
        return self.branches[branch_id]

    def snippet(self, line: int, end_line: int | None = None) -> str:
        end = end_line or line
        return "\n".join(self.lines[line - 1:end][:6])

    def calls_to(self, *qualnames: str) -> list[Call]:
        wanted = set(qualnames)
        return [c for c in self.calls if c.qualname in wanted]


@dataclass(slots=True)
class Invocation:
    """One command in a launch file (shell, job script, Makefile recipe, README recipe) that runs Python."""

    line: int
    end_line: int
    program: str  # the script or module it runs: "train.py", "-m pkg.train"
    options: dict[str, str]  # --name value (flags map to ""), last one wins
    text: str
    loop_values: dict[str, tuple[str, ...]] = field(default_factory=dict)  # enclosing shell loop var → values
    option_lines: dict[str, int] = field(default_factory=dict)  # option → physical line it is written on
    loop_lines: dict[str, int] = field(default_factory=dict)  # enclosing loop var → line of its loop header
    positionals: tuple[str, ...] = ()  # the arguments before the first option (`python train.py unet --epochs 5`)


@dataclass
class LaunchFacts:
    """Seed facts of a non-Python file: launchers, job files, configs, READMEs, dependency pins."""

    path: str
    kind: str  # sh job make yaml json readme pin
    digest: str
    module: str = ""
    lines: list[str] = field(default_factory=list)
    statements: list[tuple[int, int]] = field(default_factory=list)
    invocations: list[Invocation] = field(default_factory=list)
    settings: list[tuple[str, Any, int]] = field(default_factory=list)  # (dotted key, value, line) in configs
    sweeps: list[tuple[int, str, tuple[str, ...]]] = field(default_factory=list)  # (line, what, seed values)
    torch_pins: list[tuple[int, str]] = field(default_factory=list)  # (line, version spec) for torch
    selections: list[tuple[int, str]] = field(default_factory=list)  # (line, text): a best-of pick feeding a seed
    has_suppressions: bool = False

    def snippet(self, line: int, end_line: int | None = None) -> str:
        end = end_line or line
        return "\n".join(self.lines[line - 1:end][:6])
