"""`seedaudit rerun`: run a program over many seeds and measure what the seed does."""
from __future__ import annotations

import shlex
from pathlib import Path

import click

from ..errors import SeedauditError
from ..findings import Confidence, Severity
from .common import emit, filter_findings, handle_errors, output_options, selection_from, threshold

HELP = """Run a program over many seeds and measure what the seed does.

\b
WARNING: this runs the given command (possibly someone else's program) once per seed on
this machine, with your user's rights, in the working directory (--workdir, or a temporary
copy with --copy-workdir), each run with a time limit (--timeout, default 600 s) and
optionally a memory limit. Read the code first. Linux-first: on other systems runs are
not tied to the runner's life (no PR_SET_PDEATHSIG) and memory limits do not apply.

\b
The command is an argv template after `--`, with {seed} where the seed goes:
  seedaudit rerun --seeds 10 -- python train.py --seed {seed}
Several configurations over the same seeds (a study file in TOML does the same):
  seedaudit rerun --config a='python train.py --model a' --config b='python train.py --model b'
A command without {seed} gets its seed injected: a sitecustomize shim first on PYTHONPATH
intercepts random/numpy/torch/tensorflow/jax and transformers/lightning/accelerate seeding
calls (also in child processes) and logs their call sites; position 0 of the seed list
keeps the program's own seed. Commands are not run by a shell unless --shell is given.
--vary training (the default) keeps the seeds that build the data (a generator drawn into
X/y/data, train_test_split, KFold, make_* data functions) so every run scores the same
examples, and varies the training seeds; --vary all varies every seed; --keep SITE keeps
more (FILE:LINE, FILE.py or a call name). The report lists each seed site, varied or kept.

\b
Metrics: seedaudit.log_metric(name, value) (written under $SEEDAUDIT_OUT), a JSON line on
stdout ({"accuracy": 0.81}), or --metric-regex. A script that compares systems itself
prints one line per system ({"model": "A", "acc": 0.81}; keys model, system, method,
config) or names them with --compare acc_A,acc_B: each system is then a configuration.
Per-example predictions: seedaudit.log_predictions(predictions, labels) (consistency,
churn). Runs are stored in a SQLite file (--store): running the same command again skips
finished runs and resumes an interrupted sweep; a larger --seeds adds only the new seeds;
--analyse-only re-analyses without running.
"""

EPILOG = """\b
How to read the statistics (95% bootstrap intervals; -f json keys in [ ]):
  mean, std, median, IQM   a configuration's spread over seeds [mean, std, median, iqm]
  best of k                expected best of k seeds; inflation = what reporting the best
                           of k adds to the mean [best_of_k]
  claim percentile         share of runs below a reported number; near 100 = a lucky-tail
                           claim (SA401) [claim]
  difference               mean of A - mean of B; an interval without 0: the order holds
                           on average [mean_diff]
  Welch p (Holm)           test of equal means, Holm-corrected over the pairs [p_value]
  P(A > B)                 chance one run of A beats one run of B; 0.5 = a coin flip
                           [p_a_better]
  flip risk                chance a one-seed comparison ranks them the other way:
                           min(P, 1 - P); SA402 from 0.2 [single_seed_risk]
  ASO eps                  Almost Stochastic Order: < 0.5 A better, < 0.2 clearly
                           [aso_eps_min]
  seeds needed             seeds per configuration to detect the difference (Welch,
                           alpha 0.05, power 0.8) [seeds_needed]
  seed-tuned risk          chance the best of k seeds of the worse beats one run of the
                           better [seed_tuned_baseline_risk]
  same-seed spread         repeats of one seed against the spread across seeds; a ratio
                           from 0.5 = nondeterminism (SA403) [same_seed]
  consistency              share of examples predicted the same in every run (Zhou et
                           al. 2025); 1 = the seed changes no prediction [consistency]
  churn                    share of examples two runs predict differently, mean and max
                           over pairs of runs [mean_pairwise_churn]
  always right/wrong,      examples right in every run, wrong in every run, or changing
  flipping                 with the seed (needs labels) [always_right, flipping]
"""


def _gpus(value: str | None) -> list[str] | None:
    if not value:
        return None
    if "," not in value:
        try:
            return [str(i) for i in range(int(value))]
        except ValueError:
            raise click.BadParameter("use a count (--gpus 2) or ids (--gpus 0,2 or --gpus 3,)") from None
    return [part.strip() for part in value.split(",") if part.strip()]


def _env_pairs(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for text in values:
        name, sep, value = text.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"--env wants NAME=VALUE, got {text!r}")
        out[name] = value
    return out


def _build_study(study_file, configs, command_args, name, shell, inject, seeds, seed_list, repeats, metric,
                 metric_regex, higher, claims, timeout, retries, workdir, env, memory_mb, allow_network,
                 stored: dict | None, vary=None, keep=(), compare=()):
    from dataclasses import replace

    from ..rerun.study import Study, load_study, make_configuration, parse_claim, parse_config_option, parse_seed_list

    study = load_study(study_file) if study_file else None
    extra = [parse_config_option(text, shell=shell, inject=inject, vary=vary or "training", keep=keep)
             for text in configs]
    if command_args:
        command = " ".join(command_args) if shell else list(command_args)
        extra.append(make_configuration(name or "main", command, shell=shell, inject=inject, vary=vary or "training",
                                        keep=keep))
    if study is not None and (vary or keep):  # a study file's configurations take --vary and --keep too
        study.configs = [replace(c, vary=vary or c.vary, keep=tuple(dict.fromkeys(c.keep + tuple(keep))))
                         for c in study.configs]
    if study is None:
        if not extra and stored:
            study = Study.from_dict({k: v for k, v in stored.items() if k != "configs"} |
                                    {"configs": [{k: v for k, v in c.items() if k != "spec_hash"}
                                                 for c in stored["configs"]]})
        else:
            study = Study(name=name or "study", configs=extra)
            extra = []
    study.configs = study.configs + extra
    overrides = {"seeds": seeds, "repeats": repeats, "metric": metric, "metric_regex": metric_regex,
                 "higher_is_better": higher, "timeout": timeout, "retries": retries, "memory_mb": memory_mb}
    for key, value in overrides.items():
        if value is not None:
            setattr(study, key, value)
    if seed_list:
        study.seed_list = parse_seed_list(seed_list)
    elif seeds is not None:
        study.seed_list = None
    if workdir is not None:
        study.workdir = str(workdir)
    if allow_network:
        study.allow_network = True
    study.env = {**study.env, **_env_pairs(env)}
    study.claims = {**study.claims, **dict(parse_claim(c) for c in claims)}
    study.compare = list(dict.fromkeys([*study.compare, *compare]))
    study.__post_init__()
    return study


def _default_store(name: str) -> Path:
    return Path(".seedaudit_rerun") / f"{name}.sqlite"


def _dry_run(study, store_path: Path, jobs, gpus, per_gpu) -> None:
    from ..rerun import plan as planning
    from ..rerun.runner import build_tasks, default_jobs, keepings, runs_root
    from ..rerun.store import Store, StoreError

    done: set = set()
    if store_path.exists():
        try:
            with Store.open(store_path, create=False, lock=False) as store:
                done = {k for k, r in store.by_key().items() if r.status == "ok"}
        except StoreError as exc:
            click.echo(f"seedaudit: note: {exc}", err=True)
    jobs = jobs or default_jobs(gpus, per_gpu)
    runs = planning.expand(study)
    keep = keepings(study)
    tasks = build_tasks(study, runs, store_path, str(Path(study.workdir).resolve()), jobs, keep)
    slots = planning.gpu_slots(gpus, per_gpu)
    click.echo(f"Dry run: {len(runs)} runs of study {study.name!r} ({len(done)} already finished in {store_path}), "
               f"{min(jobs, len(slots)) if slots else jobs} at a time, in {Path(study.workdir).resolve()}")
    click.echo(f"Run folders under {runs_root(store_path)}; timeout {study.timeout or 'none'} s per run")
    if slots:
        click.echo("GPU slots: " + "; ".join(" ".join(f"{k}={v}" for k, v in s.items()) for s in slots))
    common = None
    for task in tasks:
        changes = planning.env_changes(task)
        common = dict(changes) if common is None else {k: v for k, v in common.items() if changes.get(k) == v}
    click.echo("Environment of every run: " + " ".join(f"{k}={shlex.quote(v)}" for k, v in (common or {}).items()))
    for config in study.configs:
        if config.injected:
            found = keep[config.name]
            click.echo(f"Injected seeds of {config.name} (--vary {config.vary}): "
                       + ("every seeding call varies" if not found.rules else "kept:"))
            for rule in found.rules:
                where = f"{rule.path}:{rule.lines[0]}-{rule.lines[1]}" if rule.lines else rule.path or rule.call
                click.echo(f"  {where}: {rule.why}")
            for note in found.notes:
                click.echo(f"  note: {note}")
    for run, task in zip(runs, tasks):
        state = "done" if run.key in done else "todo"
        own = " (program's own seed, injected mode)" if run.seed.value is None else (
            " (injected)" if run.config.injected else "")
        changes = {k: v for k, v in planning.env_changes(task).items() if (common or {}).get(k) != v}
        click.echo(f"  [{state}] {task.label()}{own}: {shlex.join(task.argv)}")
        if changes:
            click.echo("         " + " ".join(f"{k}={shlex.quote(v)}" for k, v in changes.items()))


@click.command("rerun", help=HELP, epilog=EPILOG, context_settings={"allow_interspersed_args": False})
@click.argument("command_args", nargs=-1, type=click.UNPROCESSED, metavar="[-- COMMAND...]")
@click.option("--study", "study_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A study file (TOML): [study] settings and [[config]] name/command tables.")
@click.option("--config", "configs", multiple=True, metavar="NAME=COMMAND",
              help="A named configuration (repeatable); COMMAND is split like a shell would, not run by one.")
@click.option("--name", help="Name of the study (default: the study file's name, or 'study') / of a bare COMMAND.")
@click.option("--seeds", type=click.IntRange(min=1), help="How many seeds (positions 0..N-1) [default: 10].")
@click.option("--seed-list", metavar="0,1,42", help="Explicit seed values (ranges like 0-9 allowed).")
@click.option("--repeats", type=click.IntRange(min=1), help="Runs of the first seed, for same-seed nondeterminism [default: 1].")
@click.option("--inject/--no-inject", default=None, help="Force seed injection on or off [default: when the command has no {seed}].")
@click.option("--shell", is_flag=True, help="Run the command through /bin/sh -c (placeholders are shell-quoted).")
@click.option("--vary", type=click.Choice(["training", "all"]),
              help="Injected seeds: vary the training seeds and keep the data's, or vary all [default: training].")
@click.option("--keep", multiple=True, metavar="SITE",
              help="Keep this seeding call's own seed: FILE:LINE, FILE:FIRST-LAST, FILE.py or a call name "
                   "(repeatable).")
@click.option("--compare", multiple=True, metavar="M_A,M_B",
              help="Metrics a run reports per system (acc_A,acc_B or acc_A=A,acc_B=B): each system becomes a "
                   "configuration (repeatable).")
@click.option("--metric", help="The primary metric (findings use it) [default: the first one reported].")
@click.option("--metric-regex", metavar="REGEX", help="Read metrics from stdout lines; named groups are metric names.")
@click.option("--higher-is-better/--lower-is-better", "higher", default=None,
              help="Direction of the primary metric [default: lower for names like loss/error].")
@click.option("--claim", "claims", multiple=True, metavar="NAME=VALUE",
              help="A reported number to place in the seed distribution: CONFIG=VALUE or CONFIG:METRIC=VALUE.")
# A folder is let through: the store says what is wrong with it in one line, as for any other bad store.
@click.option("--store", "store_path", type=click.Path(path_type=Path), metavar="FILE",
              help="The study's SQLite store [default: .seedaudit_rerun/<study>.sqlite].")
@click.option("--workdir", "-C", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder the runs start in [default: the current folder].")
@click.option("--copy-workdir", is_flag=True, help="Run in a temporary copy of the working folder.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Concurrent runs [default: CPU cores, or GPU slots].")
@click.option("--gpus", help="GPUs to use: a count (2) or ids (0,2); one CUDA_VISIBLE_DEVICES per run.")
@click.option("--per-gpu", type=click.IntRange(min=1), default=1, show_default=True, help="Concurrent runs per GPU.")
@click.option("--backend", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Local process pool, or Ray (pip install 'seedaudit[ray]').")
@click.option("--ray-address", help="Connect to this Ray cluster instead of starting a local one.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Seconds per run [default: 600].")
@click.option("--time-budget", type=click.FloatRange(min=0, min_open=True),
              help="Seconds for the whole sweep: no run starts after it, running ones are cut at it.")
@click.option("--memory-limit", "memory_mb", type=click.IntRange(min=1), metavar="MB",
              help="Address-space limit per run (Linux).")
@click.option("--retries", type=click.IntRange(min=0), help="Retries of a crashed or timed-out run [default: 0].")
@click.option("--env", multiple=True, metavar="NAME=VALUE", help="Extra environment for every run (repeatable).")
@click.option("--allow-network", is_flag=True, help="Do not set the offline switches (HF_HUB_OFFLINE, WANDB_MODE...).")
@click.option("--replace", is_flag=True, help="A configuration's command changed: drop its old runs and rerun.")
@click.option("--dry-run", is_flag=True, help="Show what would run, with which seeds and environment; run nothing.")
@click.option("--analyse-only", "--analyze-only", "analyse_only", is_flag=True,
              help="Re-analyse the finished runs in the store; run nothing.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path), help="Export every run to CSV.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the HTML report (charts, what ran, seed sites) here.")
@click.option("--resamples", type=click.IntRange(min=100), default=10_000, show_default=True, help="Bootstrap resamples.")
@click.option("--bootstrap-seed", type=int, default=0, show_default=True, help="Seed of the bootstrap (intervals reproduce).")
@click.option("--best-of", "best_of", type=click.IntRange(min=1), default=5, show_default=True,
              help="k for best-of-k inflation and the seed-tuned-baseline risk.")
@click.option("--no-progress", is_flag=True, help="No progress output on stderr.")
@output_options
@handle_errors
def command(command_args, study_file, configs, name, seeds, seed_list, repeats, inject, shell, vary, keep, compare,
            metric, metric_regex, higher, claims, store_path, workdir, copy_workdir, jobs, gpus, per_gpu, backend,
            ray_address, timeout, time_budget, memory_mb, retries, env, allow_network, replace, dry_run, analyse_only,
            csv_path, html_path, resamples, bootstrap_seed, best_of, no_progress, output_format, output_file, select,
            extend_select, ignore, min_severity, min_confidence, fail_on, exit_zero, code_frame) -> int:
    from ..config import load_config
    from ..report.rerun_table import render_rerun_table
    from ..rerun import stats
    from ..rerun.engine import analyse_store, export_csv
    from ..rerun.results import StudyStatistics
    from ..rerun.runner import Interrupted, load_records, run_study

    def fail(message: str) -> int:
        click.echo(f"seedaudit: error: {message}", err=True)
        return 2

    gpu_list = _gpus(gpus)
    try:
        stored = None
        if store_path is not None and store_path.exists() and not (study_file or configs or command_args):
            stored = load_records(store_path)[1]
        if not (study_file or configs or command_args or stored):
            if analyse_only or csv_path:
                return fail("--analyse-only needs --store with an existing store (or the study's commands)")
            raise click.UsageError("give a command after --, --config NAME=COMMAND, or --study FILE")
        study = _build_study(study_file, configs, command_args, name, shell, inject, seeds, seed_list, repeats, metric,
                             metric_regex, higher, claims, timeout, retries, workdir, env, memory_mb, allow_network,
                             stored, vary=vary, keep=keep, compare=compare)
        store_path = store_path or _default_store(study.name)
        if dry_run:
            _dry_run(study, store_path, jobs, gpu_list, per_gpu)
            return 0
        if not analyse_only:
            from ..rerun.plan import expand
            from .progress import RerunProgress

            total = len(expand(study))
            commands = "; ".join(f"{c.name}: {c.display()}" for c in study.configs)
            click.echo(f"seedaudit rerun: running other people's code: {total} runs of [{commands}] in "
                       f"{Path(study.workdir).resolve()}{' (temporary copy)' if copy_workdir else ''}, "
                       f"timeout {study.timeout or 'none'} s per run; store {store_path}", err=True)
            report = run_study(study, store_path, jobs=jobs, gpus=gpu_list, per_gpu=per_gpu, backend=backend,
                               ray_address=ray_address, time_budget=time_budget, replace=replace,
                               copy_workdir=copy_workdir, on_event=RerunProgress(total, enabled=not no_progress))
            if report.skipped:
                click.echo(f"seedaudit rerun: {report.skipped} finished run(s) kept from the store, "
                           f"{report.ran} run now", err=True)
            if report.stopped_by_budget:
                click.echo("seedaudit rerun: time budget spent: the remaining runs did not start "
                           "(run the same command again to continue)", err=True)
        options = stats.Options(resamples=resamples, seed=bootstrap_seed, k=best_of)
        if csv_path:
            rows = export_csv(store_path, csv_path)
            click.echo(f"seedaudit rerun: {rows} runs written to {csv_path}", err=True)
        result = analyse_store(store_path, study=study, options=options)
    except Interrupted as stop:
        click.echo(f"seedaudit: {stop}", err=True)
        return stop.exit_code
    except (SeedauditError, OSError) as exc:
        return fail(str(exc))
    config = load_config([Path.cwd()])
    selection = selection_from(config, select, extend_select, ignore)
    result.findings = filter_findings(result.findings, selection, threshold(min_severity, Severity.INFO),
                                      threshold(min_confidence, Confidence.LOW))
    if html_path is not None:
        from ..report.html import render_html

        try:
            html_path.write_text(render_html(result), encoding="utf-8")
        except OSError as exc:
            return fail(f"cannot write {html_path}: {exc.strerror or exc}")
        click.echo(f"seedaudit rerun: report written to {html_path}", err=True)
    if output_format == "text":
        click.echo(render_rerun_table(StudyStatistics.from_result(result)), nl=False)
    return emit(result, output_format=output_format, output_file=output_file,
                fail_on=threshold(fail_on, Severity.WARNING), exit_zero=exit_zero, code_frame=code_frame)
