"""Large files: the per-file time budget, and the ways the check stays linear (the libcst walk, files
parsed in pieces, indexes instead of scans) giving exactly what the plain way gives.

No timing here: how the check grows with a file's size is measured by benchmarks/code_large_files.py.
The budget is tested on a fake CPU clock, so that these tests pass on any machine, however loaded.
"""
from __future__ import annotations

import ast
import dataclasses
import inspect
import random
import textwrap
import types
from pathlib import Path

import libcst as cst
import pytest

from seedaudit.code import budget, extract as extract_module, positions
from seedaudit.code.checks import PY, Check, registry
from seedaudit.code.engine import check_paths
from seedaudit.code.extract import extract
from seedaudit.code.facts import Call, Context, FileFacts
from seedaudit.code.seeded import SeedCoverage, SeedEvent
from seedaudit.code.walk import walk
from seedaudit.config import Config, ConfigError, load_config, parse_table
from seedaudit.rules import Selection

COMPARISON = '''
import torch

torch.manual_seed(0)
for model in ["mlp", "cnn"]:
    net = build(model)
    net.fit(data)
'''


def _large(functions: int) -> str:
    """A training module of `functions` small functions, each seeding, looping and training."""
    parts = ["import random\nimport torch\n"]
    for i in range(functions):
        parts.append(f"\n\ndef run_{i}(args):\n    torch.manual_seed(args.seed + {i})\n"
                     f"    for epoch in range(args.epochs):\n        loss = step(model, random.random())\n"
                     f"        loss.backward()\n    return loss\n")
    return "".join(parts)


class _Clock:
    """A CPU clock that moves `step` seconds each time it is read, or when told to."""

    def __init__(self, step: float) -> None:
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture
def clock(monkeypatch):
    def install(step: float) -> _Clock:
        fake = _Clock(step)
        monkeypatch.setattr(budget, "time", types.SimpleNamespace(process_time=fake))
        return fake
    return install


def _check(tmp_path, monkeypatch, files: dict[str, str], seconds: float):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text(f"[project]\nname = 'p'\n\n[tool.seedaudit]\nfile-time-budget = {seconds}\n")
    for name, text in files.items():
        (tmp_path / name).write_text(textwrap.dedent(text).lstrip("\n"))
    outcome = check_paths([tmp_path / name for name in files], load_config([tmp_path]), Selection.build(),
                          use_cache=False, jobs=1)
    return outcome, {(f.location.path, f.rule_id): f for f in outcome.findings}


# -- the time budget ---------------------------------------------------------------------------------
def test_a_file_past_its_budget_is_one_sa001_line_and_the_others_are_checked(tmp_path, monkeypatch, clock):
    clock(0.01)  # a hundredth of a second per look at the clock: the large file's walk looks at it per statement
    outcome, found = _check(tmp_path, monkeypatch, {"large.py": _large(300), "small.py": COMPARISON}, seconds=1)
    assert [f.rule_id for f in outcome.findings if f.location.path == "large.py"] == ["SA001"]
    assert "file-time-budget (1 s" in found["large.py", "SA001"].message
    assert "not checked" in found["large.py", "SA001"].message
    assert ("small.py", "SA101") in found and ("small.py", "SA001") not in found
    assert outcome.files_over_budget == 1


def test_rules_past_the_budget_are_named_and_the_rest_kept(tmp_path, monkeypatch, clock):
    fake = clock(0.0)

    def slow(facts, project, config):
        fake.now += 100  # this rule alone spends the budget: the rules after it are not run
        yield from first.fn(facts, project, config)

    first = registry()["SA101"][0]
    monkeypatch.setitem(registry(), "SA101", [Check("SA101", PY, slow)])
    _, found = _check(tmp_path, monkeypatch, {"small.py": COMPARISON}, seconds=5)
    message = found["small.py", "SA001"].message
    assert message.startswith("partly checked: rules SA102, SA103, ") and "SA101," not in message and "file-time-budget (5 s" in message
    assert ("small.py", "SA101") in found  # the rule that ran keeps its finding


LAUNCHERS = {  # launchers and configs of 400 lines each: their readers look at the budget once a line
    "sweep.yaml": "".join(f"group_{i}:\n  lr: 0.{i}\n" for i in range(200)),
    "run.sh": "".join(f"python train.py --lr 0.{i} --seed 0\n" for i in range(400)),
    "grid.json": "{\n" + ",\n".join(f'  "lr_{i}": 0.{i}' for i in range(400)) + "\n}\n",
}


@pytest.mark.parametrize("name", sorted(LAUNCHERS))
def test_reading_a_launcher_or_config_counts_against_its_budget(tmp_path, monkeypatch, clock, name):
    clock(0.01)  # 100 looks at the clock spend the 1 s budget: a 400-line file is past it, the small script is not
    outcome, found = _check(tmp_path, monkeypatch, {name: LAUNCHERS[name], "small.py": COMPARISON}, seconds=1)
    assert "not checked" in found[name, "SA001"].message and outcome.files_over_budget == 1
    assert ("small.py", "SA101") in found


def test_reading_and_rules_share_one_budget(tmp_path, monkeypatch, clock):
    fake = clock(0.0)
    read = extract_module.extract

    def slow_read(*args, **kwargs):
        fake.now += 3  # reading the file spends 3 of its 5 s
        return read(*args, **kwargs)

    def slow_rule(facts, project, config):
        fake.now += 3  # and its first rule 3 more: 6 s in all, past the budget
        yield from first.fn(facts, project, config)

    first = registry()["SA101"][0]
    monkeypatch.setattr(extract_module, "extract", slow_read)
    monkeypatch.setitem(registry(), "SA101", [Check("SA101", PY, slow_rule)])
    _, found = _check(tmp_path, monkeypatch, {"small.py": COMPARISON}, seconds=5)
    assert found["small.py", "SA001"].message.startswith("partly checked: rules SA102, ")
    assert ("small.py", "SA101") in found


@pytest.mark.parametrize("value", [0, -1, "20", True])
def test_the_budget_is_a_positive_number(value):
    with pytest.raises(ConfigError):
        parse_table({"file-time-budget": value})


def test_the_budget_has_a_default_and_takes_fractions():
    assert Config().file_time_budget == 20
    assert parse_table({"file-time-budget": 2.5}).file_time_budget == 2.5


# -- a file parsed in pieces has the facts of the whole file -----------------------------------------
VARIED = '''\
"""A module with one of each kind of statement a piece could be cut next to."""
import random, torch  # a comment
from pkg import utils as u
SEED = 3; random.seed(SEED)


@decorate(arg=f(1))
def helper(seed=SEED, *args, **kwargs):
    """Docstring."""
    torch.manual_seed(seed)
    return [x for x in range(seed) if x > 1]
# a comment between statements

class Config:
    seed: int = 42
    lr: float = 0.1

    def method(self):
        return lambda: self.seed
x = {"é": f"{SEED:>{3}} {SEED!r}", 'k': (abs(1),
     2)}
for model in ["a", "b"]:
    if model == "a":
        u.set_seed(1)
    elif model:
        pass
    else:
        torch.manual_seed(0)
while False: random.random()
if __name__ == "__main__":
    helper()
'''


def _facts(source: str) -> dict:
    return dataclasses.asdict(extract(FileFacts(path="m.py", kind="py", digest="", module="m"), source))


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_pieces_give_the_facts_of_the_whole_file(monkeypatch, newline):
    source = VARIED.replace("\n", newline)
    monkeypatch.setattr(positions, "PIECE_LINES", 1)  # a piece per top-level statement that starts a line
    assert len(positions.pieces(source, ast.parse(source))) == 10  # `SEED = 3; random.seed(SEED)` is one
    in_pieces = _facts(source)
    monkeypatch.setattr(extract_module, "pieces", lambda source, tree: None)
    assert in_pieces == _facts(source)


def test_mixed_line_endings_are_parsed_whole():
    source = "import random\r\nrandom.seed(0)\nx = 1\n"
    assert positions.pieces(source, ast.parse(source)) is None


def test_a_piece_that_does_not_pair_up_sends_the_file_back_whole(monkeypatch):
    monkeypatch.setattr(positions, "PIECE_LINES", 1)
    expected = _facts(VARIED)
    monkeypatch.setattr(extract_module, "positions", lambda module, spans: None)  # nothing pairs: whole, on fallbacks
    assert _facts(VARIED) == expected


def test_code_the_interpreter_cannot_parse_is_read_by_libcst_alone_with_the_same_facts(monkeypatch):
    """Python of a newer grammar than the running interpreter's `ast` (Python 3.12's f-strings that nest their
    own quotes, on 3.11) has no ast to place libcst's nodes: libcst places them itself, with the same lines,
    character columns and statements."""
    expected = _facts(VARIED)

    def refuse(source, *args, **kwargs):
        raise SyntaxError("f-string: unmatched '['", ("m.py", 1, 1, source.splitlines()[0]))

    monkeypatch.setattr(extract_module, "ast", types.SimpleNamespace(parse=refuse))
    assert _facts(VARIED) == expected


def test_code_neither_parser_reads_is_reported_as_the_interpreter_words_it():
    with pytest.raises(SyntaxError, match="invalid syntax|expected"):
        _facts("import torch\ntorch.manual_seed(1)\ndef broken(:\n    pass\n")


# -- a pool of workers reads what one process reads ---------------------------------------------------------
def test_a_pool_reads_the_files_in_the_order_one_process_does(tmp_path):
    """Workers take the largest files first; the facts still come back in the files' own order, so the
    project pass (and what it reports) cannot tell how many processes read them."""
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'p'\n")
    for i in range(30):  # files of growing size, a pool above the serial threshold
        (tmp_path / f"run_{i:02d}.py").write_text(_large(1 + i % 7) + COMPARISON)
    outcomes = [check_paths([tmp_path], Config(root=tmp_path), Selection.build(), use_cache=False, jobs=jobs)
                for jobs in (1, 2)]
    assert [list(o.project.files) for o in outcomes][0] == list(outcomes[1].project.files)
    assert [f.to_dict() for f in outcomes[0].findings] == [f.to_dict() for f in outcomes[1].findings]
    assert outcomes[1].files_parsed == 30


# -- a statement too large to parse is left out, the rest of its file checked ----------------------------
def _with_data(rows: int, newline: str = "\n") -> str:
    """COMPARISON with a module-level data table of `rows` rows between its seeding and its model loop."""
    head, tail = COMPARISON.strip("\n").split("for model")
    data = "TABLE = [\n" + "".join(f"    ({i}, 'row {i}', {i * 0.5}),\n" for i in range(rows)) + "]\n"
    return (head + data + "for model" + tail + "\n").replace("\n", newline)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_statement_over_max_statement_bytes_is_left_out_and_the_rest_checked(tmp_path, monkeypatch, newline):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'p'\n\n[tool.seedaudit]\nmax-statement-bytes = 1000\n")
    (tmp_path / "train.py").write_bytes(_with_data(100, newline).encode())
    outcome = check_paths([tmp_path / "train.py"], load_config([tmp_path]), Selection.build(), use_cache=False, jobs=1)
    found = {f.rule_id: f for f in outcome.findings}
    assert found["SA001"].location.line == 4 and "lines 4-105" in found["SA001"].message
    assert "max-statement-bytes (1000)" in found["SA001"].message
    assert found["SA101"].location.line == 3  # the rest of the file is still checked (its positions: below)


def test_a_statement_under_max_statement_bytes_is_read_as_before():
    source = _with_data(100)
    whole = _facts(source)
    left = dataclasses.asdict(extract(FileFacts(path="m.py", kind="py", digest="", module="m"), source,
                                      max_statement_bytes=len(source)))
    assert left == whole and not left["cell_errors"] and any(a["line"] == 4 for a in left["assigns"])


def test_a_left_out_statement_keeps_every_other_fact_at_its_place():
    source = _with_data(100)
    left = dataclasses.asdict(extract(FileFacts(path="m.py", kind="py", digest="", module="m"), source,
                                      max_statement_bytes=1000))
    whole = _facts(source)
    assert [e[:2] for e in left["cell_errors"]] == [(4, 0)]
    assert left["calls"] == whole["calls"] and left["loops"] == whole["loops"] and left["lines"] == whole["lines"]
    assert [a for a in whole["assigns"] if a["line"] != 4] == left["assigns"]


def test_a_string_literal_has_the_value_python_gives_it():
    for text in ['"a b"', "'x\"y'", '"""one\ntwo"""', "''", 'b"raw"', 'r"a\\b"', '"tab\\t"', '"""crlf\r\nline"""',
                 "u'é'"]:
        try:
            expected = ast.literal_eval(text)
        except ValueError:
            expected = None
        assert extract_module._literal(cst.parse_expression(text)) == ("str", expected), text


# -- the walk calls libcst's hooks, in libcst's order --------------------------------------------------
def _recorder() -> cst.CSTVisitor:
    """A visitor with every hook of every node type, recording (hook, node) in order."""
    hooks = {}
    for name in dir(cst):
        kind = getattr(cst, name)
        if isinstance(kind, type) and issubclass(kind, cst.CSTNode) and dataclasses.is_dataclass(kind) \
                and not inspect.isabstract(kind):
            for field in ["", *(f"_{f.name}" for f in dataclasses.fields(kind))]:
                for side in ("visit", "leave"):
                    hooks[f"{side}_{name}{field}"] = (lambda tag: lambda self, node: self.log.append((tag, id(node))))(
                        f"{side}_{name}{field}")
    visitor = type("Recorder", (cst.CSTVisitor,), hooks)()
    visitor.log = []
    return visitor


def test_walk_calls_the_hooks_libcst_calls_in_its_order():
    module = cst.parse_module(VARIED + "y = f'{a}' f'{b:{c}}'\nasync def g():\n    async with a as b:\n        await c\n")
    by_libcst, by_walk = _recorder(), _recorder()
    module.visit(by_libcst)
    walk(module, by_walk)
    assert by_walk.log == by_libcst.log and len(by_walk.log) > 1000


@pytest.mark.parametrize("seed", range(6))
def test_a_visitor_with_a_few_hooks_gets_the_calls_libcst_makes(seed):
    """The walk skips libcst's no-op hooks and the subtrees where no hooked node type can occur: a visitor
    hooking a random few node types and attributes sees exactly what libcst's own visit shows it."""
    full = _recorder()
    chosen = random.Random(seed).sample(sorted(m for m in vars(type(full)) if m.startswith(("visit_", "leave_"))), 40)
    kind = type("Few", (cst.CSTVisitor,), {m: vars(type(full))[m] for m in chosen})
    module = cst.parse_module(VARIED)
    by_libcst, by_walk = kind(), kind()
    by_libcst.log, by_walk.log = [], []
    module.visit(by_libcst)
    walk(module, by_walk)
    assert by_walk.log == by_libcst.log



@pytest.mark.parametrize("limit", [float("inf"), 200, 12])
def test_a_nodes_text_is_the_code_libcst_generates_for_it(limit):
    """The facts' texts come from a cheaper code generation (no position hook, cut at the length kept): for every
    node, the text libcst's own code_for_node gives, or its first `limit` characters and "…"."""
    long_call = "y = f(" + ", ".join(f"argument_{n} * (1 +\n      2)" for n in range(20)) + ")\n"
    module = cst.parse_module(VARIED + long_call)
    checked = []
    from libcst._nodes.base import CSTCodegenError

    class Every(cst.CSTVisitor):
        def on_visit(self, node):
            try:
                full = cst.Module(body=[]).code_for_node(node)
            except CSTCodegenError:  # a node libcst cannot print alone (a default-less annotation)
                return True
            assert extract_module._code(node, limit) == (full if len(full) <= limit else full[:limit] + "…")
            checked.append(len(full) > limit)
            return True

    module.visit(Every())
    assert len(checked) > 500 and (any(checked) or limit == float("inf"))

def test_the_walk_plans_from_what_the_installed_libcst_annotates():
    """cst_types.py spares every run deriving the walk's plan from libcst's annotations; the plan the walk uses
    must say what they say, from the stored table when it was written for the installed libcst and derived at
    run time for any other (a fresh install may bring a newer libcst than the one it was written for)."""
    from libcst._version import __version__

    from seedaudit.code import cst_types
    from seedaudit.code.walk import _node_types, derived_node_types, render_node_types

    assert _node_types() == derived_node_types()
    if cst_types.LIBCST == __version__:  # after a libcst upgrade `python -m seedaudit.code.walk` writes it again
        assert Path(cst_types.__file__).read_text(encoding="utf-8") == render_node_types()

# -- indexes answer as the scans they replace -----------------------------------------------------------
def _seeded_before(events, family: str, line: int, func: str) -> bool:
    """The scan SeedCoverage replaces, as its docstring states the rule."""
    for event in events:
        if family not in event.families or event.call.qualname.rpartition(".")[2] in func.split("."):
            continue
        if event.func == func:
            if event.line <= line:
                return True
        elif not event.func or func:
            return True
    return False


def test_seed_coverage_answers_as_a_scan_of_every_event():
    rng = random.Random(7)
    funcs, families, callees = ["", "main", "train", "Model.train", "main.inner"], ["random", "numpy", "torch"], \
        ["random.seed", "set_seed", "train", "inner", "torch.manual_seed"]
    for _ in range(200):
        events = [SeedEvent(Call(rng.choice(callees), (), {}, rng.randint(1, 30), 0, 0, Context(func=rng.choice(funcs))),
                            frozenset(rng.sample(families, rng.randint(1, 2)))) for _ in range(rng.randint(0, 6))]
        coverage = SeedCoverage(events)
        for family in families:
            for func in funcs:
                for line in (0, 5, 15, 31):
                    assert coverage.before(family, line, func) == _seeded_before(events, family, line, func)


def test_helpers_calling_helpers_are_found_down_a_long_chain(tmp_path):
    # each helper calls the next one, defined after it: every sweep over the file finds one more
    chain = "".join(f"def seed_{i}(seed):\n    seed_{i + 1}(seed)\n\n\n" for i in range(40))
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'p'\n")
    (tmp_path / "utils.py").write_text(chain + "def seed_40(seed):\n    random.seed(seed)\n\n\nimport random\n")
    (tmp_path / "train.py").write_text("import utils\nutils.seed_0(1)\n")
    project = check_paths([tmp_path], Config(root=tmp_path), Selection.build(), use_cache=False).project
    assert all(project.helpers[f"utils.seed_{i}"] == {"random"} for i in range(41))
    train = next(f for path, f in project.files.items() if path.endswith("train.py"))
    assert project.seeded_families(train.calls[0], train) == {"random"}  # `utils.seed_0` by its dotted ending
