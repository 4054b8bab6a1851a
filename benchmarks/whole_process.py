"""Whole-process measurements for the speed benchmarks: a command's wall time, CPU seconds (its own and
its reaped workers') and peak RSS of every process of its tree, against a bare-pypdfium2 extraction of
the same files run in the same invocation, pair by pair (the machine is shared and noisy: each pair
runs back to back, their order alternating, and the median of the pairs' ratios is the figure).

    python benchmarks/whole_process.py [-j N] FILE.pdf ...   # the bare extraction itself (text of every
                                                              # page, nothing else; N worker processes)
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path


def _extract(path: str) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(pdf)
    finally:
        pdf.close()


def bare_command(files: list[Path], jobs: int = 1) -> list[str]:
    """The bare extraction of `files` as a fresh Python process (`jobs` forked workers, one file at a time)."""
    return [sys.executable, str(Path(__file__).resolve()), "-j", str(jobs), *map(str, files)]


@dataclass
class Run:
    wall: float
    cpu: float  # user + system of the process and every child it reaped (its workers)
    rss_mb: float  # peak RSS of the process itself
    worker_rss_mb: list[float] = field(default_factory=list)  # peak RSS of each child process seen


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                out.extend(int(c) for c in handle.read().split())
    except OSError:
        pass
    return out


def _hwm_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(command: list[str], cwd: Path | None = None, poll_s: float = 0.1) -> Run:
    """Run `command` to its end; children's peak RSS is sampled from /proc (VmHWM only grows, so the last
    sample before a worker ends is its peak, give or take `poll_s`)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks: dict[int, int] = {}
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            stack = _children(process.pid)
            while stack:
                pid = stack.pop()
                peaks[pid] = max(peaks.get(pid, 0), _hwm_kb(pid))
                stack.extend(_children(pid))
            done.wait(poll_s)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    done.set()
    watcher.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):  # 1: findings (paper exits 1 when it finds something)
        raise SystemExit(f"{' '.join(command[:4])} ... failed ({process.returncode}): {stderr[-2000:].decode()}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
               [kb / 1024 for kb in peaks.values() if kb])


def paired(label: str, command: list[str], bare: list[str], repeat: int, cwd: Path | None = None) -> list[tuple[Run, Run]]:
    """`repeat` pairs (bare, command), run back to back in alternating order; prints every pair and the
    medians: wall ratio = bare wall / command wall (1.0: as fast as extracting the text alone)."""
    pairs = []
    for index in range(repeat):
        if index % 2:
            ours = measure(command, cwd)
            theirs = measure(bare, cwd)
        else:
            theirs = measure(bare, cwd)
            ours = measure(command, cwd)
        pairs.append((theirs, ours))
        print(f"  pair {index + 1}: bare {theirs.wall:6.2f} s (CPU {theirs.cpu:6.2f})  {label} {ours.wall:6.2f} s "
              f"(CPU {ours.cpu:6.2f})  ratio {theirs.wall / ours.wall:.2f}  load {os.getloadavg()[0]:.1f}", flush=True)
    wall = statistics.median(t.wall / o.wall for t, o in pairs)
    cpu = statistics.median(t.cpu / o.cpu for t, o in pairs)
    ours = [o for _, o in pairs]
    workers = [mb for o in ours for mb in o.worker_rss_mb]
    bare_workers = [mb for t, _ in pairs for mb in t.worker_rss_mb]
    print(f"{label}: median ratio to bare pypdfium2 (wall) {wall:.2f}x, CPU-seconds ratio {cpu:.2f}x; "
          f"median wall {statistics.median(o.wall for o in ours):.2f} s vs "
          f"{statistics.median(t.wall for t, _ in pairs):.2f} s bare")
    memory = f"peak RSS: main process {max(o.rss_mb for o in ours):.0f} MB"
    if workers:
        memory += f", per worker max {max(workers):.0f} MB (median {statistics.median(workers):.0f} MB, {len(workers)} seen)"
    memory += f"; bare main {max(t.rss_mb for t, _ in pairs):.0f} MB"
    if bare_workers:
        memory += f", bare per worker max {max(bare_workers):.0f} MB"
    print(memory, flush=True)
    return pairs


def _main(argv: list[str]) -> None:
    jobs = 1
    if argv[:1] == ["-j"]:
        jobs, argv = int(argv[1]), argv[2:]
    if jobs <= 1:
        pages = sum(_extract(path) for path in argv)
    else:
        import multiprocessing

        order = sorted(argv, key=lambda p: -os.path.getsize(p))  # largest first: the pool ends balanced
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            pages = sum(pool.imap_unordered(_extract, order, chunksize=1))
    print(pages)


if __name__ == "__main__":
    _main(sys.argv[1:])
