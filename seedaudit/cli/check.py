"""`seedaudit check`: the static code audit (the pre-commit hook's command)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..config import load_config
from ..result import Result
from .common import emit, handle_errors, output_options, selection_from, split_tokens, threshold, filter_findings

if TYPE_CHECKING:  # the engine loads inside the command, after the options are parsed
    from ..code.engine import CheckOutcome


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@output_options
@click.option("--exclude", multiple=True, help="Glob patterns to skip (added to the configured ones).")
@click.option("--force-exclude", is_flag=True, help="Apply excludes to files named on the command line too (for pre-commit).")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), help="Processes for parsing [default: all cores, for large trees].")
@click.option("--no-cache", is_flag=True, help="Do not read or write the facts cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), help="Cache folder [default: .seedaudit_cache at the project root].")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True, path_type=Path), help="Read [tool.seedaudit] from this pyproject.toml.")
@click.option("--target-torch-version", help="Torch version the code runs on (e.g. 1.8): makes the worker-fork rule version-aware.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path), help="Hide findings recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False, path_type=Path), help="Record the current findings as the baseline and exit 0.")
@handle_errors
def command(paths, output_format, output_file, select, extend_select, ignore, min_severity, min_confidence, fail_on,
            exit_zero, code_frame, exclude, force_exclude, jobs, no_cache, cache_dir, config_file, target_torch_version,
            baseline, write_baseline) -> int:
    """Audit Python training code, notebooks, launchers and configs for risky seed practice.

    PATHS are files or folders (default: the current folder). Exit codes: 0 nothing at or above
    --fail-on, 1 findings, 2 usage, configuration or internal error.
    """
    from ..code.engine import check_paths
    from ..suppress import filter_baseline, read_baseline, write_baseline as save_baseline

    targets = list(paths) or [Path(".")]
    config = load_config(targets, config_file).with_overrides(target_torch_version=target_torch_version)
    if target_torch_version:
        from ..config import torch_version

        torch_version("--target-torch-version", target_torch_version)
    selection = selection_from(config, select, extend_select, ignore)
    outcome = check_paths(targets, config, selection, exclude=split_tokens(exclude), force_exclude=force_exclude,
                          jobs=jobs, cache_dir=cache_dir, use_cache=not no_cache)
    findings = filter_findings(outcome.findings, selection, threshold(min_severity, config.min_severity),
                               threshold(min_confidence, config.min_confidence))
    if write_baseline is not None:
        save_baseline(write_baseline, findings)
        click.echo(f"wrote {len(findings)} findings to baseline {write_baseline}", err=True)
        return 0
    matched = 0
    if baseline is not None:
        try:
            findings, matched = filter_baseline(findings, read_baseline(baseline))
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None
    result = Result("check", findings=findings, inputs=[str(p) for p in targets],
                    data={"stats": {"files": outcome.files_checked, "parsed": outcome.files_parsed,
                                    "cache_hits": outcome.cache_hits, "baseline_matched": matched}})
    if matched:
        click.echo(f"{matched} finding{'s' if matched != 1 else ''} matched the baseline and {'were' if matched != 1 else 'was'} hidden", err=True)
    if _nothing_checked(outcome):
        emit(result, output_format=output_format, output_file=output_file, fail_on=threshold(fail_on, config.fail_on),
             exit_zero=True, code_frame=code_frame)
        return 2
    return emit(result, output_format=output_format, output_file=output_file, fail_on=threshold(fail_on, config.fail_on),
                exit_zero=exit_zero, code_frame=code_frame)


def _nothing_checked(outcome: CheckOutcome) -> bool:
    """No input could be checked: every named one was missing, unreadable or of a kind seedaudit does not read
    (judged before filters, so hiding the SA001 lines cannot turn such a run into a clean exit 0)."""
    return outcome.files_checked == outcome.files_unreadable and any(f.rule_id == "SA001" for f in outcome.findings)
