"""The code audit: discover → facts per file (cached, in parallel) → project pass → rules → suppressions.

Findings are reported only for the files the user named (a pre-commit run names the staged files);
the other files of the project are read for their facts alone (from the cache where possible).
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import Config
from ..diagnostics import input_error_finding
from ..errors import CodeInputError
from ..findings import Finding, Location, Severity, assign_fingerprints
from ..rules import Selection, all_rules
from ..runtime import map_in_processes, worker_count
from ..suppress import apply_suppressions, has_suppression_comment
from .budget import Deadline, OverBudget
from .cache import FactsCache, facts_held
from .checks import Hit, registry

if TYPE_CHECKING:  # the facts model and the project pass load only when a run needs them (not on a warm run)
    from .facts import LaunchFacts
    from .project import AnyFacts, ProjectFacts
from .sources import PYTHON_KINDS, UNSUPPORTED, Source, attach_lines, data_over_cap, discover, display_path, kind_of, load
from .sinks import TRAINER_SETTINGS_CLASSES

# a Python file that mentions none of these cannot hold a seed fact any rule reads
# (specific spellings, not "rand" or "split": torch's own sources are full of `randn` docstrings and `str.split`)
PREFILTER = ("seed", "Seed", "SEED", "random", "rand(", "randn", "randint", "randperm", "rand_like", "RandomState", "shuffle", "cudnn",
             "HASHSEED", "Generator", "DataLoader", "train_test_split", "random_split", "ShuffleSplit", "Fold", "rng",
             "sklearn", "determinis", "env.reset(", "envs.reset(", "action_space.sample",  # environments: their own RNGs (SA105)
             "LightningCLI",  # seeds every run from its configs' seed_everything (stacked_configs.py)
             "subprocess", "os.system", "os.popen",  # a Python launcher: the programs it runs may fix their seed
             # a program training models whose seeds its project modules fix (`from models import *`, then
             # `clf.fit(...)` in a loop): no word of randomness of its own, but the comparison is made here
             ".fit(", ".backward(",
             *TRAINER_SETTINGS_CLASSES)  # a library trainer seeds every run from its settings' default seed
_PARALLEL_MIN = 24  # below this many files to parse, a process pool costs more than it saves


@dataclass
class CheckOutcome:
    findings: list[Finding] = field(default_factory=list)
    files_checked: int = 0
    files_unreadable: int = 0  # targets that could not be read or parsed (each has an SA001 finding)
    files_parsed: int = 0
    files_over_budget: int = 0  # files (or their rules) cut short by file-time-budget (each has an SA001 finding)
    cache_hits: int = 0
    project: ProjectFacts | None = None


_MARKERS = ("pyproject.toml", "setup.py", "setup.cfg", ".git")
_BOUNDARIES = {"site-packages", "dist-packages"}


def project_root(path: Path, fallback: Path | None = None) -> Path:
    """The nearest folder at or above `path` with a project marker (pyproject.toml, setup.py, .git).

    The walk stops at installed-package folders and the home folder. With no marker, the project is
    `fallback` (the folder named on the command line), else the path's own folder, so a tree without
    markers is one project rather than one per sub-folder.
    """
    here = path.resolve()
    start = here if here.is_dir() else here.parent
    return _marker_root(start) or fallback or start


@functools.lru_cache(maxsize=4096)
def _marker_root(start: Path) -> Path | None:
    home = Path.home().resolve()
    for folder in (start, *start.parents):
        if any((folder / marker).exists() for marker in _MARKERS):
            return folder
        if folder.parent.name in _BOUNDARIES:
            return folder  # an installed package (site-packages/torch) is one project, not one per sub-folder
        if folder.name in _BOUNDARIES or folder == home:
            break
    return None


def module_name(path: Path, root: Path) -> str:
    try:
        rel = path.resolve().relative_to(root)
    except ValueError:
        rel = Path(path.name)
    parts = list(rel.with_suffix("").parts)
    if parts and parts[-1] == "__init__":
        parts.pop()
    # a part no `import` statement can name (`10_split_cifar.py`, `my-lib/`) is still the module's own: importlib
    # loads it by name (`import_module("loaders.10_split_cifar")`); dropped, the file would pass for its package
    return ".".join(p for p in parts if p and "." not in p and " " not in p)


_OWN_SUPPRESSION = re.compile(r"noqa\s*:[^\n#]*\bSA\d|seedaudit\s*:\s*ignore", re.IGNORECASE)


def relevant(text: str) -> bool:
    """Worth parsing: a seed token, or a seedaudit suppression (so an unused one is still reported as SA002)."""
    return any(token in text for token in PREFILTER) or _OWN_SUPPRESSION.search(text) is not None


_LEADING = re.compile(r"^[ \t]*\t[ \t]*", re.MULTILINE)


def respelled_for_parser(text: str) -> str | None:
    """Python that Python itself parses but the syntax-tree parser refuses, spelled the way that parser wants,
    lines unchanged: indentation mixing tabs and spaces expanded the way Python reads it (a tab runs to the next
    multiple of 8), and a keyword written against the bracket or quote after it (`assert(ok)`) given a space.
    None when Python refuses the text too (a real syntax error stays one) or nothing needs respelling."""
    import ast
    import io
    import keyword
    import tokenize

    try:
        ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    out = _LEADING.sub(lambda m: m.group().expandtabs(8), text)
    lines = out.splitlines(keepends=True)
    inserts: list[tuple[int, int]] = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(out).readline))
    except (tokenize.TokenError, SyntaxError):
        tokens = []
    for before, after in zip(tokens, tokens[1:]):
        if before.type == tokenize.NAME and keyword.iskeyword(before.string) and before.string not in ("True", "False", "None") \
                and after.type in (tokenize.OP, tokenize.STRING) and after.start == before.end and after.string[:1] in "([{'\"":
            inserts.append(before.end)
    for row, col in sorted(inserts, reverse=True):
        line = lines[row - 1]
        lines[row - 1] = line[:col] + " " + line[col:]
    out = "".join(lines)
    return out if out != text else None


def imports_only(facts: FileFacts, text: str) -> FileFacts | None:
    """A file's imports and the names they bind, read with Python's own parser (a package `__init__.py` with no seed
    token: only where its imports lead matters, and the syntax-tree parser would cost fifty times as much); None
    when Python refuses the text."""
    import ast

    from .facts import Import

    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                facts.aliases[alias.asname or alias.name.split(".")[0]] = alias.name if alias.asname else alias.name.split(".")[0]
                facts.imports.append(Import(module=alias.name, names=(), line=node.lineno))
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            for alias in node.names:
                facts.aliases[alias.asname or alias.name] = f"{module}.{alias.name}" if node.module else f"{module}{alias.name}"
            facts.imports.append(Import(module=module, names=tuple(a.name for a in node.names), line=0))
    return facts


def analyse(source: Source, module: str, deadline: Deadline | None = None,
            max_statement_bytes: int | None = None, launched: bool = False) -> AnyFacts | None:
    """Facts for one loaded source; None for Python that the prefilter shows has nothing to report (not a package's
    `__init__.py`: programs import the modules below it through it, and the project pass follows those imports;
    nor a program a launch line runs, `launched`: the project modules it calls may fix its runs' seed).
    Raises OverBudget when reading its facts runs past `deadline` (Python, launchers and configs alike)."""
    deadline = deadline or Deadline()
    if source.kind in PYTHON_KINDS:
        from .facts import FileFacts

        def fresh() -> FileFacts:
            return FileFacts(path=source.display, kind=source.kind, digest=source.digest, module=module,
                             cell_map=source.cell_map, cell_errors=source.cell_errors,
                             has_suppressions=has_suppression_comment(source.text))

        if not launched and not relevant(source.text):
            # a package's __init__ is read for its imports alone: programs import the modules below it through it
            return imports_only(fresh(), source.text) if source.path.name == "__init__.py" else None
        from .extract import extract

        try:
            return extract(fresh(), source.text, deadline, max_statement_bytes)
        except CodeInputError:
            raise  # OverBudget
        except RecursionError:
            raise CodeInputError("too deeply nested to parse") from None
        except Exception as exc:  # SyntaxError, libcst.ParserSyntaxError and friends
            failure = exc
        from .python2 import python2_respelled
        from .sources import ipython_respelled

        for respelled in (respelled_for_parser(source.text), python2_respelled(source.text), ipython_respelled(source.text)):
            if respelled is None:
                continue
            try:
                return extract(fresh(), respelled, deadline, max_statement_bytes)
            except CodeInputError:
                raise
            except Exception:  # RecursionError and the parser's own errors: report the first failure
                pass
        if isinstance(failure, SyntaxError):
            raise CodeInputError(f"syntax error at line {failure.lineno}: {failure.msg}") from None
        raise CodeInputError(f"cannot parse: {str(failure).splitlines()[0][:160]}") from None
    from .launchers import parse_launch

    with deadline.active():  # the launcher, YAML and JSON readers look at it through budget.tick
        try:
            facts = parse_launch(source.display, source.kind, source.digest, source.text)
        except RecursionError:  # JSON or YAML nested thousands deep: the file is reported, the batch goes on
            raise CodeInputError("too deeply nested to read") from None
    facts.has_suppressions = has_suppression_comment(source.text)
    return facts


def _work(job: tuple[str, str, int, float, int, bool]) -> tuple[str, str | None, str | None, AnyFacts | None, float]:
    """Pool worker: (path, module, size cap, time budget, statement cap, read whatever its words) → (path, digest,
    error, facts, CPU seconds the reading took); an error with a digest is a file that was read but cut short by its
    time budget."""
    path, module, cap, budget, statement_cap, launched = job
    deadline = Deadline(budget)  # set before the file is read: reading it counts too
    try:
        source = load(Path(path), cap)
        return path, source.digest, None, analyse(source, module, deadline, statement_cap, launched), deadline.elapsed()
    except OverBudget as exc:
        return path, source.digest, str(exc), None, deadline.elapsed()
    except CodeInputError as exc:
        return path, None, str(exc), None, deadline.elapsed()


def _collect(paths: list[Path], roots: dict[Path, Path], config: Config, cache: FactsCache, jobs: int,
             outcome: CheckOutcome, launched: bool = False) -> tuple[dict[Path, AnyFacts | None], dict[Path, str], dict[Path, float]]:
    """Facts of every file (from the cache or read now), the errors of those that could not be read, and the CPU
    seconds of its time budget each file read now has spent (its rules get the rest). `launched`: programs a launch
    line runs, read whatever their words (see analyse), and cached apart from the prefiltered reading."""
    facts: dict[Path, AnyFacts | None] = {}
    spent: dict[Path, float] = {}
    errors: dict[Path, str] = {}
    todo: list[tuple[str, str, int, float, int, bool]] = []
    for path in paths:
        kind = _cache_kind(path, launched)
        digest = cache.digest_for(path)
        if digest is not None:
            hit, cached = cache.get(digest, kind)
            if hit:
                facts[path] = _relocated(cached, path, roots[path])
                outcome.cache_hits += 1
                continue
        todo.append((str(path), module_name(path, roots[path]), config.max_file_bytes, config.file_time_budget,
                     config.max_statement_bytes, launched))
    results = _read_all(todo, jobs if len(todo) >= _PARALLEL_MIN else 1)
    for path_text, digest, error, result, seconds in results:
        path = Path(path_text)
        spent[path] = seconds
        if error is not None:
            errors[path] = error
            if digest is None:
                cache.put_error(path, error)
            else:  # cut short by the time budget: not cached, so that the next run tries again
                outcome.files_over_budget += 1
            continue
        facts[path] = result
        outcome.files_parsed += result is not None and result.kind in PYTHON_KINDS
        cache.put(path, digest, _cache_kind(path, launched), result)
    return facts, errors, spent


def _cache_kind(path: Path, launched: bool) -> str:
    """The kind a file's facts are cached under: a launched program's whole reading is kept apart from the
    prefilter's answer for the same text."""
    return (kind_of(path) or "py") + ("+launched" if launched else "")


def _launched_unread(facts: dict[Path, AnyFacts | None]) -> list[Path]:
    """The Python files the prefilter left unread (no word of randomness or training of their own) that a launch
    line of the project runs (`python experiments/ablation.py -m encoder=gru,lstm`): the entry point of runs whose
    seed a project module it calls fixes, read so that the project pass can follow its calls."""
    from .variation import program_file

    unread = {display_path(p): p for p, f in facts.items() if f is None and kind_of(p) in PYTHON_KINDS}
    if not unread:
        return []
    paths = [f.path for f in facts.values() if f is not None and f.kind in PYTHON_KINDS] + sorted(unread)
    run = {program_file(invocation.program, launch.path, paths) for launch in facts.values()
           if launch is not None and launch.kind not in PYTHON_KINDS for invocation in getattr(launch, "invocations", ())}
    return [unread[path] for path in sorted(run & unread.keys())]


def _read_all(todo: list[tuple[str, str, int, float, int, bool]], jobs: int) -> list:
    """`_work` over every job, results in the jobs' order. In a pool, the largest files go first, one at a
    time, so that no worker is left with a run of large files once the others are done."""
    if jobs <= 1:
        return [_work(job) for job in todo]
    order = sorted(range(len(todo)), key=lambda i: -_size(todo[i][0]))
    done = map_in_processes(_work, [todo[i] for i in order], jobs, chunks_per_worker=len(todo), prepare=_preload)
    return [result for _, result in sorted(zip(order, done), key=lambda pair: pair[0])]


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _preload(context) -> None:
    """Import the parser before a pool forks, so that every worker inherits it instead of importing its own
    (0.2 s of CPU each); with other start methods each worker imports it when first needed."""
    if context.get_start_method() == "fork":
        from . import extract  # noqa: F401


def _relocated(facts: AnyFacts | None, path: Path, root: Path) -> AnyFacts | None:
    """Cached facts are keyed by content alone, so they may come from a run in another folder or from a
    copy of the file elsewhere: their path (as printed from here) and module are this file's."""
    if facts is not None:
        facts.path = display_path(path)
        if facts.kind in PYTHON_KINDS:
            facts.module = module_name(path, root)
    return facts


def _quoted_related(hit: Hit, shown: dict[str, tuple[AnyFacts, Path]], config: Config) -> Hit:
    """A related place a check quoted as empty text gets its source line: facts read from the cache come without
    their lines, so a check run on them quotes nothing, and a cold run must say the same as a warm one."""
    if all(text for _, _, text in hit.related):
        return hit
    filled = []
    for path, line, text in hit.related:
        if not text and path in shown:
            other, real = shown[path]
            attach_lines(other, real, config.max_file_bytes)
            text = other.snippet(line).strip()[:200]
        filled.append((path, line, text))
    return replace(hit, related=filled)


def _location(facts: AnyFacts, hit: Hit) -> Location:
    if getattr(facts, "cell_map", None) and 0 < hit.line <= len(facts.cell_map):
        cell, cell_line, raw = facts.cell_map[hit.line - 1]
        return Location(facts.path, raw or hit.line, hit.col, None, None, cell=cell, cell_line=cell_line)
    return Location(facts.path, hit.line, hit.col, hit.end_line)


# a message's own line references: "the loop at line 66", "the training calls at lines 12, 30"
_LINE_REFERENCES = re.compile(r"\blines? (\d+(?:, \d+)*)\b(?![:.]\d)")


def _in_cells(facts: AnyFacts, message: str) -> str:
    """A rule's message on a notebook with its line references given as cells ("the loop at cell 5, line 15"): the
    rules count the lines of the cells' joined code, which the reader never sees."""
    cells = getattr(facts, "cell_map", None)
    if not cells:
        return message

    def place(number: str) -> str:
        line = int(number)
        return f"cell {cells[line - 1][0]}, line {cells[line - 1][1]}" if 0 < line <= len(cells) else f"line {line}"
    return _LINE_REFERENCES.sub(lambda m: "; ".join(place(n) for n in m[1].split(", ")), message)


def _to_finding(rule_id: str, facts: AnyFacts, hit: Hit) -> Finding:
    rule = all_rules()[rule_id]
    related = [_location(facts, Hit(line, "")) if p == facts.path else Location(p, line) for p, line, _ in hit.related]
    return Finding(
        rule_id=rule.id, rule_name=rule.name, severity=hit.severity or rule.severity,
        confidence=hit.confidence or rule.confidence, message=hit.message, location=_location(facts, hit),
        evidence=hit.evidence if hit.evidence is not None else facts.snippet(hit.line, hit.end_line),
        fix_hint=rule.fix_hint, related_locations=related, related_evidence=[t for _, _, t in hit.related],
        extra=dict(hit.extra, python_line=hit.line) if getattr(facts, "cell_map", None) else dict(hit.extra),
    )


def _broken_cells(facts: AnyFacts) -> list[tuple[str, Hit]]:
    """SA001 at each notebook cell that did not parse (test notebooks too, as for a broken file); the rest was checked."""
    return [("SA001", Hit(line, message, col=col, evidence=text)) for line, col, message, text in getattr(facts, "cell_errors", ())]


def _per_file_ignored(path: Path, root: Path, config: Config) -> set[str]:
    """Rules that per-file-ignores turns off for `path`; globs are relative to the config's folder, not the cwd."""
    import fnmatch

    from ..rules import resolve_tokens

    try:
        rel = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        rel = Path(display_path(path)).as_posix()
    out: set[str] = set()
    for glob, tokens in config.per_file_ignores:
        if fnmatch.fnmatch(rel, glob) or fnmatch.fnmatch(path.name, glob) or fnmatch.fnmatch(rel, f"*/{glob}"):
            out |= resolve_tokens(tokens)
    return out


def input_error(display: str, message: str) -> Finding:
    """SA001 for an input that was not checked; a named file of a kind seedaudit does not read is only info
    (`seedaudit check *` or a hook passing a LICENSE is no failure), anything broken is the rule's error."""
    return input_error_finding(display, message, severity=Severity.INFO if message == UNSUPPORTED else None)


_TEST_DIR = re.compile(r"(^|/)(tests?|testing)/|(^|/)conftest\.py$")
_TEST_NAME = re.compile(r"(^|/)(test_[^/]*|[^/]*_test)\.py$")
_TEST_FRAMEWORKS = frozenset({"pytest", "unittest", "nose", "nose2", "hypothesis", "absl.testing"})


def is_test_file(path: str, root: Path | None, facts: AnyFacts | None = None) -> bool:
    """A test module (judged by its path inside the project): tests fix seeds and compare models under
    one seed on purpose, so they are no experiment (`check-tests = true` checks them anyway). A file only
    named like one (`test_seeds.py`) that is run as a script, with a `__main__` block and no test framework
    imported, is an experiment: a seed study named for what it tests, not a module pytest collects."""
    inside = Path(path)
    if root is not None:
        try:
            inside = Path(os.path.abspath(path)).relative_to(os.path.abspath(root))
        except ValueError:
            pass
    posix = inside.as_posix()
    if _TEST_DIR.search(posix):
        return True
    return bool(_TEST_NAME.search(posix)) and not _run_as_script(facts)


def _run_as_script(facts: AnyFacts | None) -> bool:
    """A Python file with a `__main__` block that imports no test framework (`unittest.main()` would import one)."""
    return getattr(facts, "has_main_guard", False) and not any(
        imp.module.lstrip(".") in _TEST_FRAMEWORKS or imp.module.split(".")[0] in _TEST_FRAMEWORKS
        for imp in facts.imports)


def skipped_test(path: str, project: ProjectFacts) -> bool:
    """A test module that this project's checks leave out (all of them, unless `check-tests` is set)."""
    return not project.config.check_tests and is_test_file(path, project.root, project.files.get(path))


def run_checks(facts: AnyFacts, project: ProjectFacts, selection: Selection,
               deadline: Deadline | None = None) -> tuple[list[tuple[str, Hit]], list[str]]:
    """The hits of every selected rule on the file, and the rules not run because `deadline` had passed."""
    if skipped_test(facts.path, project):
        return [], []
    hits, skipped = [], []
    views = [facts, *_driver_launches(facts, project)]
    for rule_id, checks in sorted(registry().items()):  # rule-id order: the budget line names the rules left
        if rule_id not in selection:
            continue
        if deadline is not None and deadline.passed():
            skipped.append(rule_id)
            continue
        for chk in checks:
            for view in views:
                if view.kind in chk.kinds:
                    hits.extend((rule_id, hit) for hit in chk.fn(view, project, project.config))
    return hits, skipped


def _driver_launches(facts: AnyFacts, project: ProjectFacts) -> list[LaunchFacts]:
    """A Python driver script that runs the project's programs (os.system, subprocess) is also checked as
    the launcher it is: its commands, read by the project pass, get the launcher rules (same path and lines)."""
    return [launch for launch in project.python_launches if launch.path == facts.path] if facts.kind in PYTHON_KINDS else []


def check_paths(paths: list[Path], config: Config, selection: Selection, *, exclude: tuple[str, ...] = (),
                force_exclude: bool = False, jobs: int | None = None, cache_dir: Path | None = None,
                use_cache: bool = True, root: Path | None = None) -> CheckOutcome:
    """Check `paths`; `root` fixes the project root (an audited submission is its own project)."""
    outcome = CheckOutcome()
    excludes = config.exclude + config.extend_exclude + exclude
    by_root: dict[Path, list[Path]] = {}
    targets: list[Path] = []
    for given in paths:
        found, problems = discover([given], excludes, force_exclude, config.root)
        outcome.findings.extend(input_error(display_path(p), reason) for p, reason in problems)
        if not found:  # nothing to place; `given` may not even resolve (a symlink loop)
            continue
        fallback = given.resolve() if given.is_dir() else given.resolve().parent
        for path in found:
            by_root.setdefault(root.resolve() if root is not None else project_root(path, fallback), []).append(path)
        targets += found
    if not targets:
        return outcome
    jobs = worker_count(jobs)
    with facts_held():
        for folder, root_targets in by_root.items():
            outcome.findings.extend(_check_root(folder, root_targets, config, selection, excludes, jobs, cache_dir, use_cache, outcome))
    outcome.files_checked = len(targets)
    assign_fingerprints(outcome.findings)
    outcome.findings.sort(key=Finding.sort_key)
    return outcome


def _project_key(paths: list[Path], targets: list[Path], cache: FactsCache, config: Config,
                 selection: Selection) -> str | None:
    """What the findings of every file depend on: each file's content, the configuration, the rules on,
    each file's path as printed from the current folder (messages quote other files by it), and which files are
    reported on (a problem spread over several files is reported at the first of them checked)."""
    import hashlib

    digest = hashlib.sha256(f"{config.digest()}|{','.join(sorted(selection.enabled))}".encode())
    digest.update("\x02".join(sorted(display_path(p) for p in targets)).encode())
    for path in sorted(paths):
        known = cache.digest_for(path)
        if known is None:
            return None
        digest.update(f"\x00{display_path(path)}\x01{known}".encode())
    return digest.hexdigest()


def _check_root(root: Path, targets: list[Path], config: Config, selection: Selection, excludes, jobs, cache_dir,
                use_cache: bool, outcome: CheckOutcome) -> list[Finding]:
    siblings, _ = discover([root], excludes, False, config.root)
    target_set = {os.path.abspath(p) for p in targets}  # abspath, not resolve: no stat per sibling file
    everything = list(dict.fromkeys([*targets, *(p for p in siblings if os.path.abspath(p) not in target_set)]))
    cache = FactsCache((cache_dir or root / ".seedaudit_cache") if use_cache else None)
    key = _project_key(everything, targets, cache, config, selection) if use_cache else None
    if key is not None:
        known = cache.cached_findings(key, [str(p) for p in targets])
        if known is not None:  # nothing changed since a run that already reported these files
            outcome.cache_hits += len(everything)
            outcome.files_unreadable += sum(any(f.rule_id == "SA001" for f in found) for found in known.values())
            return [f for found in known.values() for f in found]
    from .project_pass import build_project

    roots = {p: root for p in everything}
    cut_short = outcome.files_over_budget
    facts, errors, spent = _collect(everything, roots, config, cache, jobs, outcome)
    launched = _launched_unread(facts)
    if launched:
        more, more_errors, more_spent = _collect(launched, roots, config, cache, jobs, outcome, launched=True)
        facts.update(more)
        errors.update(more_errors)
        spent.update(more_spent)
    files = {f.path: f for f in facts.values() if f is not None}
    shown = {f.path: (f, path) for path, f in facts.items() if f is not None}
    unread = frozenset(display_path(p) for p, f in facts.items() if f is None and kind_of(p) in PYTHON_KINDS)
    checked = frozenset(facts[p].path for p in targets if facts.get(p) is not None)
    project = build_project(root, files, config, unread, checked)
    outcome.project = project
    by_path: dict[str, list[Finding]] = {}
    enabled = set(selection.enabled)
    for path in targets:
        if path in errors and data_over_cap(path, errors[path]):
            by_path[str(path)] = []
            continue
        if path in errors:
            by_path[str(path)] = [input_error(display_path(path), errors[path])]
            outcome.files_unreadable += 1
            continue
        file_facts = facts.get(path)
        by_path[str(path)] = []
        if file_facts is None:
            continue
        ignored = _per_file_ignored(path, config.root or root, config)
        deadline = Deadline(config.file_time_budget, spent=spent.get(path, 0.0))  # one budget for reading and rules
        checked, skipped = run_checks(file_facts, project, selection, deadline)
        checked = [(rid, replace(hit, message=_in_cells(file_facts, hit.message))) for rid, hit in checked]
        hits = [(rid, _quoted_related(hit, shown, config)) for rid, hit in [*checked, *_broken_cells(file_facts)]
                if rid not in ignored]
        skipped = [rid for rid in skipped if rid not in ignored]
        partly = [input_error(display_path(path), deadline.rules_skipped(skipped))] if skipped else []
        outcome.files_over_budget += bool(skipped)
        by_path[str(path)] = partly
        if not hits and not file_facts.has_suppressions:
            continue
        attach_lines(file_facts, path, config.max_file_bytes)
        found = [_to_finding(rid, file_facts, hit) for rid, hit in hits]
        by_path[str(path)] = apply_suppressions(found, file_facts.lines, file_facts.statements, enabled - ignored,
                                                file_facts.path, line_of=lambda f: f.extra.get("python_line", f.location.line)) + partly
    if use_cache and outcome.files_over_budget == cut_short:  # a run cut short by the time budget is not kept
        key = _project_key(everything, targets, cache, config, selection)
        if key is not None:
            cache.put_findings(key, by_path)
    cache.save()
    return [f for found in by_path.values() for f in found]
