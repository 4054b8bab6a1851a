"""SA108: reseeding with the same value inside the loop that is meant to vary (epochs, batches, repeats)."""
from __future__ import annotations

import ast
import re
from typing import Iterator

from ..estimators import data_drawn_each_pass, fits_of, is_estimator, reads_seed, stored_under, training_calls
from ..facts import Call, Expr, FileFacts, Invocation, LaunchFacts, Loop
from ..launchers import SHELL_ASSIGN
from ..option_roles import setting_role
from ..seed_names import is_seed_name, name_tokens
from ..seeded import is_fixed_seed, seed_argument
from ..sinks import RNG_FACTORIES, draw_family, env_receiver, seeder
from ..variation import calls_by_function, invocation_seeds, seed_uses
from . import SHELL, Hit, check
from .sa101_single_seed_comparison import program_name, training_program

_VARYING = re.compile(r"epoch|step|iter|batch|repeat|^reps?$|^runs?$|trial|episode|round|^it$|^[it]$|^_$", re.I)
_NOT_VARYING = re.compile(r"seed|model|config|cfg|dataset|data_name|task|method|lrs?\b|arch|fold|env|name|file|path|param|"
                          r"setting|exp|worker|rank|gpu|device|val|test|eval|combo|combination|grid|candidate|"
                          # a hyper-parameter's name: `batch_size`, `step_size`, `dropout`, `hidden_units`
                          r"(?<![a-z])(?:sizes?|dropouts?|units|hidden|width|depth|momentum|decay|rates?|alphas?|betas?|"
                          r"gammas?|lambdas?|temperatures?|penalty)(?![a-z])", re.I)
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
    code = re.sub(r"(['\"]).*?\1", "''", _without_stride(text))  # its code, not quoted items (`"runs/step-10000"`)
    return any(_VARYING.search(t.rpartition(".")[2]) and (_counter(code) or not _BARE_COUNTER.match(t))
               for t in loop.targets) or bool(
        re.search(r"loader|batch|epoch|step", code, re.I)) or any(
        _VARYING.search(name) for name in _header_names(_without_stride(text)).split())  # `range(args.rounds)`


# a loop variable's name that says only that it counts (`i`, `t`, `_`): so it does over a counter, not over the
# items of a collection (`for t in groups[1:]` walks the data's groups)
_BARE_COUNTER = re.compile(r"^(?:[it_]|it)$")
_COUNTING = re.compile(r"\b(?:range|trange|count)\s*\(|^\s*\d+\s*$")


# a range over a collection's size walks its items by index (`range(len(curves))`, `range(curves.shape[0])`)
_OVER_ITEMS = re.compile(r"\brange\s*\(\s*(?:len\s*\(|[\w.\[\]'\"]+\.(?:shape\s*\[|size\s*\())")


def _counter(code: str) -> bool:
    """The header counts (`range(n)`, `tqdm(range(n))`, `itertools.count()`), not a collection's items by index."""
    return bool(_COUNTING.search(code)) and not _OVER_ITEMS.search(code)


def _without_stride(text: str) -> str:
    """A `range(start, stop, step)` header without its stride: `for k in range(lo, hi, step)` walks a setting's
    values by `step`, it does not count training steps."""
    try:
        node = ast.parse(text.strip(), mode="eval").body
    except SyntaxError:
        return text
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range" and len(node.args) == 3:
        return ast.unparse(ast.Call(node.func, node.args[:2], []))
    return text


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
    if (arg.kind == "call" and arg.qualname not in ("int", "str")) or not is_fixed_seed(call):
        return False  # a value computed by a call, or read from the clock or fresh entropy (`int(time.time())`)
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


def _first_pass_only(call: Call, loop: Loop, facts: FileFacts) -> bool:
    """The call sits under a test that the loop's counter has one value (`if episode == 0:`, `if not step:`): it
    seeds once, not on every pass."""
    counters = "|".join(re.escape(t) for t in loop.targets if t.isidentifier())
    if not counters:
        return False
    once = re.compile(rf"^\s*(?:(?:{counters})\s*==\s*-?\d+|-?\d+\s*==\s*(?:{counters})|not\s+(?:{counters}))\s*$")
    return any(not branch.negated and once.match(branch.test.text) for branch in map(facts.branch, call.ctx.conds))


_RANGE_OF_NAME = re.compile(r"^range\(\s*([A-Za-z_]\w*)\s*\)$")


def _runs_once(loop: Loop, facts: FileFacts, project) -> bool:
    """A loop over `range(runs)` where `runs` is a parameter of its function and every call of that function in the
    project passes 1 for it (`train_mf(data, runs=1, seed=run)` inside the caller's own loop over seeds): it makes
    one pass, so a reseed in it replays nothing."""
    match = _RANGE_OF_NAME.match(loop.iter.text.strip()) if loop.iter is not None else None
    function = project.function_named(facts, loop.ctx.func)
    if match is None or function is None:
        return False
    params = [p.name for p in function.params if p.name not in ("self", "cls")]
    if match[1] not in params:
        return False
    index = params.index(match[1])
    given = [c.arg(index, match[1]) for other in project.python_files() for c in other.calls
             if c.qualname.rsplit(".", 1)[-1] == function.name and c.ctx.func != function.qualname]
    return bool(given) and all(arg is not None and arg.kind == "int" and arg.value == 1 for arg in given)


@check("SA108")
def reseed_in_loop(facts, project, config) -> Iterator[Hit]:
    reported: set[int] = set()
    for call in facts.calls:
        if not call.ctx.loops or _EVAL_FUNCTION.search(call.ctx.func) or not _seeds(call, facts, project) \
                or _seeds_for_evaluation_only(call, facts, project):
            continue
        loops = [facts.loop(i) for i in call.ctx.loops]
        varying = [loop for loop in loops if _meant_to_vary(loop) and not _runs_once(loop, facts, project)]
        # the seed need only hold still within the loop meant to vary: a seed loop around it (`for seed in seeds:
        # for episode in ...: env.reset(seed=seed)`) changes it between runs, not between episodes
        if not varying or varying[-1].id in reported or _first_pass_only(call, varying[-1], facts) or \
                not _constant_seed(call, facts, project, loops[loops.index(varying[-1]):]):
            continue
        loop = varying[-1]
        reported.add(loop.id)
        head = loop.iter.text if loop.iter is not None else "..."
        yield Hit(call.line, f"`{call.qualname}` reseeds with the same value on every pass of the loop over `{head}` "
                             f"(line {loop.line}): each iteration replays the same random numbers",
                  col=call.col, end_line=call.end_line,
                  related=[(facts.path, loop.line, f"loop over {head}")])
    yield from _estimator_refits(facts, project, reported)
    yield from _sampler_hits(facts, project)


# -- estimators: one model fitted again on every pass ----------------------------------------------------------------
def _same_state(state: Expr | None, facts: FileFacts, rebound: set[str]) -> bool:
    """A `random_state` that gives every fit the same draw: an int literal, a name bound only to int literals
    (`SEED = 0`), or a seed option (`args.seed`), none of them rebound by the loop. A generator object (`rng`,
    `np.random.RandomState(0)` made once) is drawn on by each fit, so it is not the same state twice; a parameter's
    value is not known here."""
    if state is None or set(state.names) & rebound or state.text in rebound:
        return False
    if state.kind == "int":
        return True
    if state.kind == "attr":
        return not state.text.startswith("self.") and is_seed_name(state.text.rpartition(".")[2])
    values = [a.value for a in facts.assigns if any(t.text == state.text for t in a.targets)]
    return state.kind == "name" and bool(values) and all(v.kind == "int" for v in values)


def _estimator_refits(facts: FileFacts, project, reported: set[int]) -> Iterator[Hit]:
    """An estimator with a fixed `random_state` fitted on every pass of a repeat loop (`for _ in range(n_trials)`) on
    data the loop does not change: each pass fits the same model to the same data, so the repeats are one run and
    their average is that run's score."""
    fits = [fit for fit in training_calls(facts) if fit.qualname.endswith(".fit") and fit.ctx.loops]
    if not fits:
        return
    assigned = project.per_file("assigned-by-loop", facts, _assigned_by_loop)
    for built in facts.calls:
        if not is_estimator(built, facts) or not reads_seed(built):
            continue
        kept = stored_under(built, facts)
        for fit in fits_of(built, facts, fits):
            loop = next((facts.loop(i) for i in reversed(fit.ctx.loops)
                         if _meant_to_vary(facts.loop(i)) and not _runs_once(facts.loop(i), facts, project)), None)
            if loop is None or loop.id in reported:
                continue
            rebound = (set(loop.targets) | assigned.get(loop.id, set())) - kept
            read = {n for arg in (*built.args, *built.kwargs.values(), *fit.args, *fit.kwargs.values()) for n in arg.names}
            if not _same_state(built.kwargs.get("random_state"), facts, rebound) or read & rebound \
                    or data_drawn_each_pass(facts, {loop.id}, [fit]):
                continue
            reported.add(loop.id)
            head = loop.iter.text if loop.iter is not None else "..."
            model = built.qualname.rpartition(".")[2]
            state = built.kwargs["random_state"].text
            yield Hit(built.line, f"`{model}` is built with `random_state={state}` and fitted to the same data on every "
                                  f"pass of the loop over `{head}` (line {loop.line}): each pass fits the same model "
                                  "again, so the repeats are one run and their average is that run's score",
                      col=built.col, end_line=built.end_line, related=[(facts.path, loop.line, f"loop over {head}")])
            break


# -- samplers: reseeded each time they are iterated ----------------------------------------------------------------
def _sampler_passes(facts: FileFacts) -> dict[str, tuple[str, int]]:
    """Method → (its sampler class, the line of that class's `__iter__`) for the methods that run each time a sampler
    is iterated: its `__iter__` and the methods of its own class that `__iter__` calls, directly or through one
    another. A loader iterates its sampler once per pass over the data, so these run once per epoch. Evaluation
    samplers are left out."""
    samplers = {c.name for c in facts.classes if not _EVAL_FUNCTION.search(c.name) and (
        "sampler" in c.name.lower() or any("sampler" in base.lower() for base in c.bases))}
    starts = {fn.qualname: (fn.class_name, fn.line) for fn in facts.functions
              if fn.name == "__iter__" and fn.class_name in samplers}
    methods = {fn.qualname for fn in facts.functions}
    out = dict(starts)
    todo = list(starts)
    while todo:
        func = todo.pop()
        cls, line = out[func]
        for call in facts.calls:
            target = f"{cls}.{call.qualname[5:]}" if call.qualname.startswith("self.") else None
            if call.ctx.func == func and target in methods and target not in out:
                out[target] = (cls, line)
                todo.append(target)
    return out


def _same_every_pass(call: Call, facts: FileFacts, cls: str) -> bool:
    """The seed is a literal, or an attribute of the sampler that only its constructor sets (`self._seed`): the
    same value on every pass, whatever the run's seed is."""
    arg = seed_argument(call)
    if arg is None or not is_fixed_seed(call):
        return False
    if arg.kind == "int":
        return True
    if arg.kind != "attr" or not arg.text.startswith("self.") or arg.text.count(".") != 1:
        return False
    return not any(a.ctx.func.startswith(f"{cls}.") and a.ctx.func != f"{cls}.__init__"
                   and any(t.text == arg.text for t in a.targets) for a in facts.assigns)


def _sampler_hits(facts: FileFacts, project) -> Iterator[Hit]:
    passes = _sampler_passes(facts)
    reported: set[str] = set()
    for call in facts.calls:
        where = passes.get(call.ctx.func)
        if where is None or where[0] in reported or not _seeds(call, facts, project) \
                or not _same_every_pass(call, facts, where[0]):
            continue
        cls, line = where
        reported.add(cls)
        yield Hit(call.line, f"`{call.qualname}` reseeds with the same value each time the sampler `{cls}` is iterated "
                             "(once per epoch, by the loader that reads it): every epoch replays the same order",
                  col=call.col, end_line=call.end_line, related=[(facts.path, line, f"{cls}.__iter__")])


# -- launchers: one program relaunched at one seed ------------------------------------------------------------------
# words that keep an option the loop variable reaches among what the run reads, even where the option only keeps the
# books (setting_role): its draw or repeat index (`--trial $i`, which a program may derive its seed from), how many
# devices it is spread over (`--n-gpus`), or what it loads (`--init_checkpoint ckpt/$c.pt`)
_READ_WORDS = {"seed", "seeds", "trial", "rep", "repeat", "iter", "idx", "index", "fold", "split", "run", "n", "num",
               "number", "count", "world", "size", "nproc", "gpus", "devices", "nodes", "workers", "ckpt", "checkpoint",
               "load", "restore", "pretrained", "weights", "init"}
# words of the options that only say where a run writes or which device it takes (`--output_dir`, `--gpu`, `--tag`); a
# path or file option without them may be what the run reads (`--cores_path`)
_WHERE_WORDS = {"out", "output", "outputs", "outdir", "save", "log", "logs", "logdir", "logging", "dump", "result",
                "results", "dest", "report", "name", "tag", "wandb", "gpu", "device", "cuda", "port"}
_RESUMES = {"resume", "continue", "restore", "load"}
_SHELL_REF = r"\$\{{?{name}\b"
# shell text where a variable is read without its `$`: arithmetic (`$((2 ** i))`, `(( i + 1 ))`) and array subscripts
# (`${widths[i]}`)
_BARE_READS = re.compile(r"\(\((.*?)\)\)|\$\{\w+\[([^\]]*)\]")
_LOOP_HEADER = re.compile(r"^\s*(?:for|while|until|select)\b")
_PY_ASSIGN = re.compile(r"^([\w.]+(?:\[[^\]]*\])?)\s*(?:[-+*/]?=)(?!=)(.*)$")
_ANNOUNCES = re.compile(r"^\s*(?:echo|printf|print\(|log(?:ger|ging)?\.\w+\(|#)")
_DEVICE_PREFIX = re.compile(r"\b(?:CUDA_VISIBLE_DEVICES|HIP_VISIBLE_DEVICES)=\S+")


def _refers_to(text: str, names: set[str], python: bool) -> bool:
    if python:
        return any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)
    bare = " ".join(part for match in _BARE_READS.finditer(text) for part in match.groups() if part)
    return any(re.search(_SHELL_REF.format(name=re.escape(n)), text) or re.search(rf"\b{re.escape(n)}\b", bare)
               for n in names)


def _place_option(name: str) -> bool:
    """An option that only says where a run writes or which device it takes (`--output_dir`, `--gpu`)."""
    tokens = set(name_tokens(name))
    return setting_role(name) == "bookkeeping" and bool(tokens & _WHERE_WORDS) and not tokens & _READ_WORDS


def _source_lines(facts: LaunchFacts, project) -> list[str]:
    """A launch file's lines; a Python driver's launches carry none of their own, its Python file has them."""
    return facts.lines or project.lines_of(facts.path)


def _reaches_the_run(var: str, lines: list[str], invocation: Invocation, python: bool) -> bool:
    """Does the loop variable, or a variable the loop body computes from it, reach the launched command (other than
    where the run writes or which device it takes) or its environment, or anything else the body does than announce
    itself? Anything the variable touches that is not read here counts as reaching the run."""
    header = invocation.loop_lines.get(var, invocation.line)
    if not header or header >= invocation.line or invocation.end_line > len(lines) \
            or not _LOOP_HEADER.match(lines[header - 1]):
        return True  # a list the command indexes, a loop on the command's own line, or text not at hand: no further
    first = lines[header - 1].split(" do ", 1)[1] if not python and " do " in lines[header - 1] else ""
    used = {var}
    for text in [first, *lines[header:invocation.line - 1]]:
        if not _refers_to(text, used, python) or _ANNOUNCES.match(text):
            continue
        assigned = (_PY_ASSIGN if python else SHELL_ASSIGN).match(text.strip())
        if assigned is None:
            return True  # a file edited, a config written, a folder made from it: it may be what the run reads
        target = assigned[1]
        if "environ" in target if python else text.lstrip().startswith("export"):
            return True
        used.add(target)
    # the lines as written, and the command as the launcher reads it (a shell function's call written out)
    source = _DEVICE_PREFIX.sub(" ", "\n".join(lines[invocation.line - 1:invocation.end_line]))
    command = source if python else source + "\n" + invocation.text
    for name, value in invocation.options.items():
        if _place_option(name) and _refers_to(value, used, python):
            command = command.replace(value, " ")
    return _refers_to(command, used, python)


def _one_seed(invocation: Invocation, project) -> str | None:
    """The one seed every launch of this command runs at: passed as a literal or filled in by a named config, or,
    with no seed passed, the literal its program's seed option defaults to or its program seeds with; None when the
    program redraws the seed for this launch (see _seed_redrawn)."""
    _, values, count, _ = invocation_seeds(invocation, project)
    program = next((path for path, runs in project.runs.items() if any(inv is invocation for _, inv in runs)), None)
    if isinstance(project.files.get(program), FileFacts) and _seed_redrawn(project.files[program], invocation):
        return None
    if count == 1 and len(values) == 1:
        return values[0]
    if count != 0:
        return None
    defaults = {o.default for o in project.seed_options if o.path == program}
    if program is None or not defaults:
        fixed = {use.value for use in seed_uses(project.files[program], project)} if program in project.files else set()
        return str(next(iter(fixed))) if len(fixed) == 1 and isinstance(next(iter(fixed)), int) else None
    value = next(iter(defaults))
    return str(value) if len(defaults) == 1 and isinstance(value, int) and not isinstance(value, bool) else None


# a test of an on/off option: `args.fix_seed`, `not args.fix_seed`, `args.fix_seed is False`, `opt.keep_seed == True`
_SWITCH_TEST = re.compile(r"^(not\s+)?[A-Za-z_]\w*\.(\w+)(?:\s*(?:is|==)\s*(True|False))?$")


def _seed_redrawn(program: FileFacts, invocation: Invocation) -> bool:
    """The program replaces the seed it is given with a fresh draw for this launch (`if args.fix_seed is False:
    args.seed = random.randint(0, 1 << 31)`, the launch not passing `--fix-seed`): each run then draws its own seed,
    whatever seed the launch passes. An unconditional redraw applies to every launch."""
    given = {name.replace("-", "_") for name in invocation.options}
    drawing_lines = {c.line for c in program.calls if draw_family(c.qualname) or c.qualname in ("time.time", "time.time_ns")}
    for assign in program.assigns:
        if assign.line not in drawing_lines or not any(
                t.kind == "attr" and is_seed_name(t.text.rpartition(".")[2]) for t in assign.targets):
            continue
        applies = True
        for branch in map(program.branch, assign.ctx.conds):
            match = _SWITCH_TEST.match(branch.test.text.strip())
            if match is None:
                applies = False
                break
            runs_when_given = (match[1] is None) ^ (match[3] == "False") ^ branch.negated
            applies = applies and (match[2] in given) == runs_when_given
        if applies:
            return True
    return False


@check("SA108", kinds=SHELL)
def relaunch_at_one_seed(facts: LaunchFacts, project, config) -> Iterator[Hit]:
    """A launcher loop that starts the same training program at the same seed on every pass: its loop variable
    reaches neither the seed nor anything else the run reads, so the passes are one run repeated."""
    python = facts.path.endswith((".py", ".ipynb"))
    lines = _source_lines(facts, project)
    for invocation in facts.invocations:
        if any(set(name_tokens(n)) & _RESUMES for n in invocation.options) or not training_program(invocation, project):
            continue
        reaching = {invocation.loop_lines.get(var) for var in invocation.loop_values
                    if _reaches_the_run(var, lines, invocation, python)}
        idle = [(var, values) for var, values in invocation.loop_values.items()
                if len(values) != 1 and invocation.loop_lines.get(var) not in reaching]
        seed = _one_seed(invocation, project) if idle else None
        if seed is None:
            continue
        var, values = idle[0]
        loop_line = invocation.loop_lines.get(var, invocation.line)
        times = f"{len(values)} times" if values else "on every pass"
        yield Hit(invocation.line, f"the loop over `{var}` (line {loop_line}) starts {program_name(invocation)} {times} "
                                   f"at the one seed {seed}, and its variable reaches nothing the run reads: the passes "
                                   "repeat one draw instead of running several seeds",
                  end_line=invocation.end_line, related=[(facts.path, loop_line, lines[loop_line - 1].strip()[:200])])
