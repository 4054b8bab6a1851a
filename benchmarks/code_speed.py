"""Speed of `seedaudit check` on torch's own Python sources, side by side with Fixit and TorchFix.

    python benchmarks/code_speed.py                  # everything (takes minutes on 2 cores)
    python benchmarks/code_speed.py --quick          # skip the --jobs 1 cold runs on the full tree
    python benchmarks/code_speed.py --timeout 300    # time-box every single run

The installed torch package's .py files are copied to a scratch tree (with a pyproject.toml, so the
tree is one project and no cache lands in site-packages). On it, seedaudit runs cold (--no-cache, and a
fresh cache folder) and warm (cache filled), with --jobs 1 and --jobs 2, and as a pre-commit hook would:
10 files named inside the project whose other files are cached (unchanged, and just edited).
Fixit (`fixit lint`, built-in rules) and TorchFix (`torchfix`), run from their own environment
(benchmarks/peers.py builds it: Fixit pins click < 8.2), take minutes per thousand files, so by
default they run on a subset (torch/nn, torch/optim, torch/utils/data) on which seedaudit is timed too.
ruff (`ruff check --select ALL`, from the same environment) is timed on that subset as the floor: a Rust
linter with no concrete syntax tree, shown for scale, not a target.
Every figure is wall-clock time of the real command line, interpreter start included; the load
average is printed because other processes on the machine move these figures. seedaudit's own bytecode
is compiled once before any timing (as `pip install` does): in a checkout run with PYTHONDONTWRITEBYTECODE
set, every run would otherwise compile its modules again (some 75 ms), which no installed copy does.
Targets: cold >= 10x faster than both tools; warm full tree < 1 s; 10 files < 0.5 s.

The pre-commit figure is taken on real ML repositories (benchmarks/out/ecosystem/, extracted by
benchmarks/ecosystem.py), each copied to a scratch folder: with the cache warm, one training file is
edited and checked as the hook runs it (`seedaudit check --force-exclude FILE`, from the repository's
root); wall-clock and the process's CPU time, median of --repeat runs. Target: < 0.3 s.

    python benchmarks/code_speed.py --precommit      # only the pre-commit figure
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import peers

ROOT = Path(__file__).resolve().parent.parent
ECOSYSTEM = ROOT / "benchmarks" / "out" / "ecosystem"
PRECOMMIT_REPOS = ("vwxyzjn+cleanrl", "facebookresearch+swav", "openai+guided-diffusion", "DLR-RM+rl-baselines3-zoo")
SUBSET = ("torch/nn", "torch/optim", "torch/utils/data")
PYPROJECT = '[project]\nname = "torch-sources"\n'


def show(rows: list, row: "Timing", limit: float) -> None:
    """Keep the row and print it at once: a long run shows its figures as they come."""
    rows.append(row)
    print(row.row(limit), flush=True)


@dataclass
class Timing:
    label: str
    seconds: float | None  # None: timed out
    files: int
    size: int
    note: str = ""
    cpu: float | None = None  # CPU seconds of the command and its worker processes

    def row(self, limit: float) -> str:
        if self.seconds is None:
            return f"  {self.label:<44} > {limit:.0f} s (timed out){self.note}"
        cpu = f"  CPU {self.cpu:6.2f} s" if self.cpu is not None else ""
        return (f"  {self.label:<44} {self.seconds:8.2f} s {self.files / self.seconds:9.0f} files/s "
                f"{self.size / 1e6 / self.seconds:7.2f} MB/s{cpu}{self.note}")


def torch_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("torch")
    if spec is None or spec.origin is None:
        raise SystemExit("torch is not installed: nothing to measure")
    return Path(spec.origin).parent


def copy_tree(source: Path, dest: Path, parts: tuple[str, ...] | None) -> tuple[int, int]:
    """Copy the .py files (all, or those under `parts`) into dest/torch/...; return (files, bytes)."""
    files = size = 0
    base = source.parent
    for path in sorted(source.rglob("*.py")):
        rel = path.relative_to(base)
        if parts and not any(rel.as_posix().startswith(p + "/") for p in parts):
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        files += 1
        size += target.stat().st_size
    (dest / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    return files, size


def timed(cmd: list[str], limit: float, cwd: Path | None = None) -> tuple[float | None, subprocess.CompletedProcess | None]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    started = time.perf_counter()
    # its own process group, so a run over the limit is stopped with all its worker processes
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd, env=env,
                          start_new_session=True) as proc:
        try:
            stdout, stderr = proc.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return None, None
    return time.perf_counter() - started, subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)


def seedaudit(tree: Path, extra: list[str], limit: float, report: Path) -> tuple[float | None, dict]:
    cmd = [sys.executable, "-m", "seedaudit", "check", *extra, "--exit-zero", "-f", "json", "-o", str(report)]
    seconds, done = timed(cmd, limit)
    if done is not None and done.returncode != 0:
        raise SystemExit(f"seedaudit failed (exit {done.returncode}): {done.stderr.strip()[-500:]}")
    stats = json.loads(report.read_text(encoding="utf-8")).get("stats", {}) if seconds is not None else {}
    return seconds, stats


def stats_note(stats: dict) -> str:
    return f"  [parsed {stats.get('parsed', '?')}, cache hits {stats.get('cache_hits', '?')}]" if stats else ""


def median_of(runs: int, fn) -> tuple[float | None, dict, float]:
    """(median wall seconds, None if any run timed out; the last run's stats; median CPU seconds) of `runs` runs."""
    results = [with_cpu(fn) for _ in range(runs)]
    times = [t for (t, _), _ in results if t is not None]
    return ((statistics.median(times) if len(times) == len(results) else None), results[-1][0][1],
            statistics.median(cpu for _, cpu in results))


def measure_seedaudit(tree: Path, files: int, size: int, scratch: Path, args, quick: bool) -> list[Timing]:
    out: list[Timing] = []
    report = scratch / "report.json"
    for jobs in (1, 2):
        if quick and jobs == 1:
            continue
        seconds, stats = seedaudit(tree, [str(tree), "--no-cache", "--jobs", str(jobs)], args.timeout, report)
        show(out, Timing(f"cold --no-cache --jobs {jobs}", seconds, files, size, stats_note(stats)), args.timeout)
    for jobs in (1, 2):
        if quick and jobs == 1:
            continue
        cache = scratch / f"cache-cold-{jobs}"
        shutil.rmtree(cache, ignore_errors=True)
        seconds, stats = seedaudit(tree, [str(tree), "--cache-dir", str(cache), "--jobs", str(jobs)], args.timeout, report)
        show(out, Timing(f"cold, fresh cache --jobs {jobs}", seconds, files, size, stats_note(stats)), args.timeout)
    return out


def measure_warm(tree: Path, files: int, size: int, scratch: Path, args) -> list[Timing]:
    cache = scratch / "cache-cold-2"  # filled by the cold fresh-cache run
    report = scratch / "report.json"
    if not any(cache.glob("facts-*")):
        out: list[Timing] = []
        show(out, Timing("warm (the cold run could not fill the cache)", None, files, size), args.timeout)
        return out
    out = []
    for jobs in (1, 2):
        seconds, stats, cpu = median_of(args.repeat, lambda: seedaudit(
            tree, [str(tree), "--cache-dir", str(cache), "--jobs", str(jobs)], args.timeout, report))
        show(out, Timing(f"warm, cache filled --jobs {jobs} (median of {args.repeat})", seconds, files, size, stats_note(stats), cpu),
             args.timeout)
    chosen = pick_ten(tree)
    ten_size = sum(p.stat().st_size for p in chosen)
    seconds, stats, cpu = median_of(args.repeat, lambda: seedaudit(
        tree, [*map(str, chosen), "--cache-dir", str(cache), "--force-exclude"], args.timeout, report))
    show(out, Timing(f"10 files, unchanged (median of {args.repeat})", seconds, 10, ten_size, stats_note(stats), cpu), args.timeout)
    originals = {p: p.read_bytes() for p in chosen}
    runs = iter(range(args.repeat))

    def edited_run():
        run = next(runs)
        for path, data in originals.items():
            path.write_bytes(data + f"\n# edited for the latency benchmark, run {run}\n".encode())
        return seedaudit(tree, [*map(str, chosen), "--cache-dir", str(cache), "--force-exclude"], args.timeout, report)
    try:
        edited, stats, cpu = median_of(args.repeat, edited_run)
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
    show(out, Timing(f"10 files, just edited (median of {args.repeat})", edited, 10, ten_size, stats_note(stats), cpu), args.timeout)
    return out


def pick_ten(tree: Path) -> list[Path]:
    """Ten files spread over the tree that pass the prefilter (so they are really parsed when edited)."""
    from seedaudit.code.engine import relevant

    candidates = [p for p in sorted(tree.rglob("*.py")) if relevant(p.read_text(encoding="utf-8", errors="replace"))]
    step = max(1, len(candidates) // 10)
    return candidates[::step][:10]


def training_file(repo: Path) -> Path:
    """The file a pre-commit run checks: of the repository's Python files that pass the prefilter (so that
    the edited file is really parsed), the one that names seeds most often (its training entry point, in
    practice), the first in path order on a tie."""
    from seedaudit.code.engine import relevant

    def weight(path: Path) -> tuple[bool, int]:
        text = path.read_text(encoding="utf-8", errors="replace")
        return relevant(text), text.lower().count("seed")
    return max(sorted(repo.rglob("*.py")), key=weight)


def with_cpu(fn):
    """(fn(), CPU seconds the child processes it ran used): on a shared machine the steadier figure."""
    import resource

    def used() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    before = used()
    result = fn()
    return result, used() - before


def timed_cpu(cmd: list[str], limit: float, cwd: Path) -> tuple[float | None, float]:
    """(wall seconds, CPU seconds of the command and its children) of one run."""
    (seconds, done), cpu = with_cpu(lambda: timed(cmd, limit, cwd=cwd))
    if done is not None and done.returncode not in (0, 1):
        raise SystemExit(f"seedaudit failed (exit {done.returncode}): {done.stderr.strip()[-500:]}")
    return seconds, cpu


def measure_precommit(scratch: Path, args) -> list[Timing]:
    """One staged file edited in a repository whose cache is warm, checked as the hook checks it."""
    out: list[Timing] = []
    for name in PRECOMMIT_REPOS:
        source = ECOSYSTEM / name
        if not source.is_dir():
            show(out, Timing(f"pre-commit {name} (not extracted: run benchmarks/ecosystem.py)", None, 1, 0), args.timeout)
            continue
        repo = scratch / "precommit" / name
        shutil.rmtree(repo, ignore_errors=True)
        shutil.copytree(source, repo)
        target = training_file(repo)
        rel = str(target.relative_to(repo))
        cmd = [sys.executable, "-m", "seedaudit", "check", "--force-exclude", rel]
        timed_cpu([sys.executable, "-m", "seedaudit", "check", "."], args.timeout, repo)  # fills the cache
        original, walls, cpus = target.read_bytes(), [], []
        for run in range(args.repeat):
            target.write_bytes(original + f"\n# edited for the pre-commit benchmark, run {run}\n".encode())
            wall, cpu = timed_cpu(cmd, args.timeout, repo)
            walls.append(wall)
            cpus.append(cpu)
        files = sum(1 for _ in repo.rglob("*.py"))
        edited = statistics.median(walls) if None not in walls else None
        show(out, Timing(f"pre-commit {name.split('+')[1]}: {rel} ({files} .py)", edited, 1, len(original),
                         f"  [median of {args.repeat}]", statistics.median(cpus)), args.timeout)
    return out


def measure_tools(tree: Path, files: int, size: int, scratch: Path, args) -> list[Timing]:
    report = scratch / "report.json"
    out = []
    for jobs in (1, 2):
        runs = [with_cpu(lambda: seedaudit(tree, [str(tree), "--no-cache", "--jobs", str(jobs)], args.timeout, report))
                for _ in range(args.repeat)]
        walls = [seconds for (seconds, _), _ in runs]
        seconds = statistics.median(walls) if None not in walls else None
        show(out, Timing(f"seedaudit check --no-cache --jobs {jobs}", seconds, files, size,
                         f"{stats_note(runs[-1][0][1])} median of {args.repeat}", statistics.median(c for _, c in runs)),
             args.timeout)
    fixit, torchfix, ruff = peers.tool("fixit"), peers.tool("torchfix"), peers.tool("ruff")
    # ruff (Rust, no libcst) is the floor a Python linter is measured against, not a peer seedaudit must beat
    for label, cmd in (("fixit lint (built-in rules, all cores)", [fixit, "lint", str(tree)]),
                       ("torchfix --jobs 1", [torchfix, "--jobs", "1", str(tree)]),
                       ("torchfix --jobs 2", [torchfix, "--jobs", "2", str(tree)]),
                       ("ruff check --select ALL --no-cache (all cores)",
                        [ruff, "check", "--select", "ALL", "--no-cache", "--isolated", "--exit-zero", "--quiet", str(tree)])):
        if cmd[0] is None:
            show(out, Timing(label, None, files, size, "  [not installed in benchmarks/peers/.venv]"), args.timeout)
            continue
        (seconds, done), cpu = with_cpu(lambda: timed(cmd, args.timeout, cwd=tree))
        note = f"  [exit {done.returncode}]" if done is not None else ""
        show(out, Timing(label, seconds, files, size, note, cpu), args.timeout)
    return out


# (seedaudit run, competitor run) pairs that use the same number of cores
PAIRS = (("seedaudit check --no-cache --jobs 1", "torchfix --jobs 1"),
         ("seedaudit check --no-cache --jobs 2", "torchfix --jobs 2"),
         ("seedaudit check --no-cache --jobs 2", "fixit lint (built-in rules, all cores)"),
         ("seedaudit check --no-cache --jobs 2", "ruff check --select ALL --no-cache (all cores)"))


def speedups(rows: list[Timing], timeout: float) -> list[str]:
    """Wall-clock speed-ups of each pair, and in CPU time (the steadier one on a loaded machine)."""
    by_label = {r.label: r for r in rows}
    lines = []
    for mine, other in PAIRS:
        ours, theirs = by_label.get(mine), by_label.get(other)
        if ours is None or ours.seconds is None:
            lines.append(f"  {mine} timed out: no speed-up to report against {other}")
        elif theirs is None or theirs.seconds is None:
            lines.append(f"  {other} timed out: {mine} is > {timeout / ours.seconds:.1f}x faster")
        else:
            cpu = f" ({theirs.cpu / ours.cpu:5.1f}x in CPU time)" if ours.cpu and theirs.cpu is not None else ""
            lines.append(f"  {mine} is {theirs.seconds / ours.seconds:5.1f}x faster than {other}{cpu}")
    return lines


def compile_package() -> None:
    """Write seedaudit's .pyc files, as an install does (the timed runs import it from this checkout)."""
    import compileall

    compileall.compile_dir(ROOT / "seedaudit", quiet=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--timeout", type=float, default=900, help="seconds allowed for each single run (default 900)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per warm / 10-file figure (median)")
    parser.add_argument("--quick", action="store_true", help="skip the --jobs 1 cold runs on the full tree")
    parser.add_argument("--tools-on-full-tree", action="store_true", help="run Fixit and TorchFix on the whole tree too")
    parser.add_argument("--keep", type=Path, help="build the scratch trees in this folder and keep them")
    parser.add_argument("--precommit", action="store_true", help="only the pre-commit figure (one edited file, warm cache)")
    args = parser.parse_args(argv)
    compile_package()
    if args.precommit:
        with tempfile.TemporaryDirectory(prefix="seedaudit-precommit-") as temp:
            print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
            rows = measure_precommit(args.keep or Path(temp), args)
            met = all(r.seconds is not None and r.seconds < 0.3 for r in rows)
            print(f"\ntargets\n  pre-commit, one file edited < 0.3 s : {'met' if met else 'MISSED'}")
        return 0

    source = torch_dir()
    scratch = args.keep or Path(tempfile.mkdtemp(prefix="seedaudit-speed-"))
    try:
        full, subset = scratch / "full", scratch / "subset"
        shutil.rmtree(full, ignore_errors=True)
        shutil.rmtree(subset, ignore_errors=True)
        files, size = copy_tree(source, full, None)
        sub_files, sub_size = copy_tree(source, subset, None if args.tools_on_full_tree else SUBSET)
        print(f"torch {source} : {files} .py files, {size / 1e6:.1f} MB; subset {', '.join(SUBSET)}: "
              f"{sub_files} files, {sub_size / 1e6:.1f} MB")
        print(f"cores: {os.cpu_count()}; load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")

        where = "the whole tree" if args.tools_on_full_tree else "the subset"
        print(f"\nside by side on {where} (cold; Fixit and TorchFix have no cache)")
        tool_rows = measure_tools(subset / "torch", sub_files, sub_size, scratch, args)
        print("\n".join(speedups(tool_rows, args.timeout)))

        print("\nseedaudit on the whole tree")
        rows = measure_seedaudit(full / "torch", files, size, scratch, args, args.quick)
        rows += measure_warm(full / "torch", files, size, scratch, args)
        print("\npre-commit on real repositories (warm cache, one file edited)")
        precommit = measure_precommit(scratch, args)

        warm = [r.seconds for r in rows if r.label.startswith("warm")]
        ten = [r.seconds for r in rows if r.label.startswith("10 files")]
        print("\ntargets")
        print(f"  warm full tree < 1 s : {'met' if warm and all(t is not None and t < 1 for t in warm) else 'MISSED'} ({', '.join(f'{t:.2f} s' if t else 'timed out' for t in warm)})")
        print(f"  10 files < 0.5 s     : {'met' if ten and all(t is not None and t < 0.5 for t in ten) else 'MISSED'} ({', '.join(f'{t:.2f} s' if t else 'timed out' for t in ten)})")
        print(f"  pre-commit < 0.3 s   : {'met' if precommit and all(r.seconds is not None and r.seconds < 0.3 for r in precommit) else 'MISSED'} ({', '.join(f'{r.seconds:.2f} s' if r.seconds else 'n/a' for r in precommit)})")
        print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    finally:
        if args.keep is None:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
