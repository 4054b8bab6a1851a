"""From the code audit's findings to a re-run: which commands to run over which seeds, then the statistics.

The flagged experiment is found from the code facts: the launcher whose invocations compare models
under one seed (SA101/SA103), else the Python entry point that does (SA101) or that fixes its seed
(SA104). Each launcher invocation becomes a configuration named after the option values that tell it
apart. A program with a seed option gets `--seed {seed}`; one with a hard-coded seed gets the seed
injected by the re-runner's shim. Users can replace the plan with `--rerun-command NAME=COMMAND`.
A script that compares models in one loop (SA101 cites the loop) and prints a metric per model
(`acc_A`, `acc_B`) has its models compared as configurations: the names the loop iterates over are
matched to the metric names (a `{"model": "A", "acc": ...}` line per model needs no matching).
"""
from __future__ import annotations

import ast
import shlex
import sys
from pathlib import Path
from typing import Any, Callable

from ..errors import SeedauditError, UsageError
from ..findings import Finding

FLAGGING = ("SA101", "SA103", "SA104", "SA107")


def _resolve(project, display: str) -> Path:
    path = Path(display)
    return path if path.is_absolute() or path.exists() or project is None or project.root is None else project.root / path


def _launcher_configs(project, launch_path: str) -> list[tuple[str, list[str], Path]]:
    from ..code.seed_names import is_seed_name
    from ..code.variation import program_file

    facts = project.files.get(launch_path)
    if facts is None or not getattr(facts, "invocations", None):
        return []
    python_paths = [f.path for f in project.python_files()]
    programs = [(i, program_file(i.program, facts.path, python_paths)) for i in facts.invocations]
    programs = [(i, program) for i, program in programs if program]
    if not programs:
        return []
    invocations = [i for i, _ in programs]
    varying = [k for k in dict.fromkeys(k for i in invocations for k in i.options)
               if not is_seed_name(k) and len({i.options.get(k) for i in invocations}) > 1]
    configs = []
    for invocation, program in programs:
        script = _resolve(project, program)
        options = [part for name, value in invocation.options.items() if not is_seed_name(name)
                   for part in ((f"--{name}", value) if value else (f"--{name}",))]
        seed_option = _seed_option(project, str(program))
        argv = [sys.executable, str(script.resolve()), *options] + ([f"--{seed_option}", "{seed}"] if seed_option else [])
        name = "-".join(invocation.options[k] for k in varying if invocation.options.get(k)) or script.stem
        configs.append((_safe_name(name, configs), argv, script.parent))
    return configs


def _seed_option(project, path: str) -> str | None:
    for option in project.seed_options:
        if option.path == path and option.kind in ("argparse", "click") and not option.is_list:
            return option.name.split(".")[-1]
    return None


def _safe_name(name: str, taken: list) -> str:
    clean = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name).strip("_") or "config"
    names = {c[0] for c in taken}
    candidate, index = clean, 2
    while candidate in names:
        candidate, index = f"{clean}-{index}", index + 1
    return candidate


def plan(project, code_findings: list[Finding]) -> tuple[list[tuple[str, list[str], Path]], str]:
    """Configurations (name, argv, workdir) for the flagged experiment, and why they were chosen."""
    if project is None:
        return [], "no code facts"
    flagged = [f for f in code_findings if f.rule_id in FLAGGING]
    for finding in flagged:
        for place in (finding.location, *finding.related_locations):
            if place.path in project.files and not place.path.endswith((".py", ".ipynb")):
                configs = _launcher_configs(project, place.path)
                if configs:
                    return configs, f"{finding.rule_id} at {finding.location.path}:{finding.location.line}, launched from {place.path}"
    for finding in flagged:
        path = finding.location.path
        if path.endswith(".py"):
            script = _resolve(project, path)
            seed_option = _seed_option(project, path)
            argv = [sys.executable, str(script.resolve())] + ([f"--{seed_option}", "{seed}"] if seed_option else [])
            return [(script.stem, argv, script.parent)], f"{finding.rule_id} in {path}"
    return [], "no flagged experiment with an entry point"


def compared_names(project, code_findings: list[Finding]) -> list[str]:
    """The names a flagged loop compares (SA101 cites the loop's iterable): the strings of a list, tuple or
    dict written there, or in the module-level assignment it names (`for m in MODELS`); [] otherwise."""
    for finding in code_findings:
        if finding.rule_id != "SA101" or not finding.location.path.endswith(".py") or not finding.related_evidence:
            continue
        text = finding.related_evidence[0]
        names = _strings(text)
        facts = project.files.get(finding.location.path) if project is not None else None
        if not names and facts is not None:
            head = text.split(".")[0].strip()
            names = next((_strings(a.value.text) for a in facts.assigns
                          if not a.ctx.func and any(t.text == head for t in a.targets)), [])
        if names:
            return names
    return []


def _strings(text: str) -> list[str]:
    """The string items of a literal list, tuple, set or dict (its keys), also behind `.items()`/`.keys()`."""
    try:
        node = ast.parse(text, mode="eval").body
    except SyntaxError:
        return []
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        node = node.func.value
    items = node.keys if isinstance(node, ast.Dict) else node.elts if isinstance(node, (ast.List, ast.Tuple, ast.Set)) else []
    return [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]


def parse_commands(specs: tuple[str, ...], workdir: Path) -> list[tuple[str, list[str], Path]]:
    out = []
    for spec in specs:
        name, sep, command = spec.partition("=")
        if not sep or not name.strip() or not command.strip():
            raise UsageError(f"--rerun-command takes NAME=COMMAND, got {spec!r}")
        try:
            out.append((name.strip(), shlex.split(command), workdir))
        except ValueError as exc:  # an unclosed quote
            raise UsageError(f"--rerun-command {name.strip()}: {exc}") from None
    return out


def rerun_submission(sub, project, code_findings: list[Finding], claims, options: dict[str, Any],
                     on_event: Callable[..., None] | None) -> tuple[dict[str, Any] | None, list[Finding], list[dict[str, str]]]:
    """Run the plan over the seeds; (statistics, SA4xx findings, failures). Never raises for a run's failure."""
    from ..rerun import Study, analyse_store, load_records, make_configuration, run_study
    from ..rerun.systems import compare_by_system_names

    workdir = Path(options.get("workdir") or (project.root if project is not None and project.root else "."))
    try:
        configs = parse_commands(options.get("commands", ()), workdir) if options.get("commands") else None
    except UsageError as exc:
        return None, [], [{"what": "rerun", "reason": str(exc)}]
    reason = "given on the command line"
    if configs is None:
        configs, reason = plan(project, code_findings)
    if not configs:
        return None, [], [{"what": "rerun", "reason": f"cannot rerun: {reason}"}]
    folders = {str(w) for _, _, w in configs}
    if len(folders) > 1:
        return None, [], [{"what": "rerun", "reason": "cannot rerun: the flagged commands run in different folders"}]
    try:
        study = Study(name=f"audit-{sub.name}", configs=[make_configuration(n, argv) for n, argv, _ in configs],
                      seeds=options.get("seeds", 10), workdir=str(configs[0][2]), timeout=options.get("timeout", 300.0))
        given = options.get("store")  # kept after the audit; a default one has a changed plan's runs replaced
        store = Path(given or Path(".seedaudit_rerun") / f"{study.name}.sqlite")
        report = run_study(study, store, jobs=options.get("jobs"), time_budget=options.get("time_budget"),
                           copy_workdir=True, on_event=on_event, replace=options.get("replace", not given))
        systems = compared_names(project, code_findings)
        metric_names = {name for run in load_records(store)[0] for name in run.metrics}
        result = analyse_store(store, study=study, claims=options.get("claims") or None, command="audit",
                               compare=compare_by_system_names(metric_names, systems))
    except (SeedauditError, OSError) as exc:  # nothing measured, a bad study or store, no pool
        return None, [], [{"what": "rerun", "reason": f"cannot rerun: {exc}"}]
    stats = result.data.get("rerun", {})
    stats["plan"] = {"reason": reason, "commands": {n: shlex.join(argv) for n, argv, _ in configs},
                     "workdir": str(configs[0][2]), "runs": report.ran, "skipped": report.skipped,
                     "compared": systems}
    failed = [{"what": f.location.path, "reason": f.message} for f in result.findings if f.rule_id == "SA001"]
    return stats, [f for f in result.findings if f.rule_id != "SA001"], failed
