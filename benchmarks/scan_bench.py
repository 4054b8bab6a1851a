"""Scan throughput: documents/s and pages/s of `seedaudit scan` with --jobs 1, --jobs 2 and the Ray
backend, over ../shared/real-papers/ and over a large corpus (the real papers, by manifest, plus
synthetic papers with varied text from scan_corpus.py), over a real-size corpus (each real paper copied
many times, every copy with its own trailing PDF comment so that content-hash deduplication keeps them
all: 1,000+ papers of real length and layout), and the cost of a rerun over a finished scan.

Usage: python benchmarks/scan_bench.py [--docs 1000] [--pages 8] [--copies 28] [--skip-ray] [--skip-jobs1]
       [--only real|large|copies] [--pairs 3]
The real-size corpus also runs `scan -j 2` pair by pair against a whole process that only extracts the
same PDFs' text with bare pypdfium2 in 2 forked processes (whole_process.py): the median of the pairs'
ratios (wall and CPU seconds), and the peak RSS of the driver and of each worker.
Every figure is the wall-clock time of a fresh `python -m seedaudit scan` process (start-up, spaCy
load, hashing and the report included), with the CPU seconds it and its local workers used: on a
shared machine (other benchmarks running at the same time) wall times are noisy and CPU seconds are
the steadier figure. Pages are PDF pages (text and LaTeX inputs have none).
The real papers are read where they are (a manifest in a temporary folder); nothing is copied.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REAL = ROOT.parent / "shared" / "real-papers"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from whole_process import bare_command, paired  # noqa: E402


def real_manifest(real: Path, folder: Path) -> Path:
    """The real papers with the venue and year their LIST.md gives (a manifest outside the repo)."""
    venues = {}
    listing = real / "LIST.md"
    if listing.exists():
        for line in listing.read_text(encoding="utf-8").splitlines():
            if match := re.match(r"\|\s*(\S+\.pdf)\s*\|\s*([a-z]+)-(\d{4})\s*\|", line):
                venues[match[1]] = (match[2], match[3])
    manifest = folder / "real.csv"
    with manifest.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "path", "venue", "year"])
        for pdf in sorted(real.glob("*.pdf")):
            venue, year = venues.get(pdf.name, ("", ""))
            writer.writerow([pdf.name[:2], str(pdf), venue, year])
    return manifest


def real_copies(real: Path, folder: Path, copies: int) -> Path:
    """`copies` distinct copies of every real PDF: the same pages, a different trailing comment."""
    folder.mkdir(parents=True, exist_ok=True)
    for pdf in sorted(real.glob("*.pdf")):
        data = pdf.read_bytes()
        for n in range(copies):
            (folder / f"{pdf.stem}-copy{n:03d}.pdf").write_bytes(data + f"\n% seedaudit benchmark copy {n}\n".encode())
    return folder


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def scan(inputs: list[Path], out: Path, *options: str) -> tuple[float, float, str]:
    """(wall s, CPU s of the scan process and its local workers, printed table)."""
    command = [sys.executable, "-m", "seedaudit", "scan", *map(str, inputs), "--out", str(out), "--no-progress", *options]
    started, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - started, _children_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"scan failed ({done.returncode}): {done.stderr[-2000:]}")
    return wall, cpu, done.stdout


def measure(label: str, inputs: list[Path], workdir: Path, options: list[str], *, resume: bool = False) -> str:
    out = workdir / f"out-{label.replace(' ', '-')}"
    wall, cpu, table = scan(inputs, out, *options)
    records = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    docs = [r for r in records if r.get("kind") != "input"]
    pages = sum(int(r.get("pages") or 0) for r in docs)
    errors = sum(r.get("status") == "error" for r in docs)
    print(f"{label:<34} {len(docs):>5} docs {pages:>6} pages {wall:>7.1f} s  {len(docs) / wall:>6.1f} docs/s  "
          f"{pages / wall:>7.1f} pages/s  errors {errors}  CPU {cpu:>6.1f} s"
          f"{' (driver only: Ray workers are not its children)' if 'ray' in options else ''}", flush=True)
    if resume:
        again, _, _ = scan(inputs, out, *options)
        print(f"{'  rerun over the finished scan':<34} {len(docs):>5} docs {'':>6}       {again:>7.2f} s (resume cost)",
              flush=True)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="synthetic papers in the large corpus")
    parser.add_argument("--pages", type=int, default=8, help="pages of text per synthetic paper")
    parser.add_argument("--real", type=Path, default=DEFAULT_REAL, help="the real papers [default: %(default)s]")
    parser.add_argument("--copies", type=int, default=28, help="copies of each real paper in the real-size corpus")
    parser.add_argument("--only", choices=("real", "large", "copies"), help="run one corpus only")
    parser.add_argument("--skip-ray", action="store_true")
    parser.add_argument("--pairs", type=int, default=3, help="(bare, scan -j 2) pairs on the real-size corpus")
    parser.add_argument("--skip-jobs1", action="store_true", help="leave out --jobs 1 on the large corpora")
    args = parser.parse_args()
    if not args.real.is_dir():
        print(f"skipped: {args.real} is absent (the real papers are needed for this benchmark)")
        return
    try:
        import ray  # noqa: F401
        have_ray = not args.skip_ray
    except ImportError:
        have_ray = False
        print("Ray is not installed: the Ray rows are skipped")
    from scan_corpus import write_corpus

    with tempfile.TemporaryDirectory(prefix="seedaudit-scan-bench-") as tmp:
        workdir = Path(tmp)
        manifest = real_manifest(args.real, workdir)
        runs = [("jobs 1", ["-j", "1"]), ("jobs 2", ["-j", "2"])] + ([("ray 2 CPUs", ["--backend", "ray", "-j", "2"])]
                                                                      if have_ray else [])
        large_runs = [run for run in runs if not (run[0] == "jobs 1" and args.skip_jobs1)]
        if args.only in (None, "real"):
            print(f"real papers: {args.real}")
            table = ""
            for label, options in runs:
                table = measure(f"real {label}", [manifest], workdir, options, resume=label == "jobs 2") or table
            print("\n" + table)
        if args.only in (None, "large"):
            synthetic = workdir / "synthetic"
            started = time.perf_counter()
            write_corpus(synthetic, args.docs, args.pages)
            print(f"large corpus: {args.docs} synthetic papers ({args.pages} pages of text each; .txt .md .tex LaTeX "
                  f"folders .tar.gz PDF) + the real papers; written in {time.perf_counter() - started:.1f} s")
            for label, options in large_runs:
                measure(f"large {label}", [synthetic, manifest], workdir, options, resume=label == "jobs 2")
        if args.only in (None, "copies"):
            copies = real_copies(args.real, workdir / "copies", args.copies)
            print(f"real-size corpus: {args.copies} distinct copies of each real paper")
            if args.pairs:
                out = workdir / "out-paired"
                command = [sys.executable, "-m", "seedaudit", "scan", str(copies), "--out", str(out), "--no-progress",
                           "-j", "2", "--rescan"]
                paired("seedaudit scan -j 2", command, bare_command(sorted(copies.glob("*.pdf")), 2), args.pairs,
                       cwd=ROOT)
            for label, options in large_runs:
                measure(f"real-size {label}", [copies], workdir, options, resume=label == "jobs 2")


if __name__ == "__main__":
    main()
