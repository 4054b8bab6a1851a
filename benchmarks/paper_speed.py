"""Paper audit speed: pages/s per PDF backend, and for the whole `seedaudit paper` path, single process
and with --jobs (a process pool).

Usage: python benchmarks/paper_speed.py [--folder DIR] [--jobs N] [--skip-pdfminer] [--repeat 3] [--pairs 5]
       [--whole-only]
Default inputs: ../shared/real-papers/ when present, else the synthetic PDFs of corpus/papers/.
First (alone with --whole-only): `seedaudit paper --jobs 1` as a whole process against a process that only
extracts the same PDFs' text with bare pypdfium2, pair by pair (whole_process.py): the medians of the pairs'
wall and CPU-second ratios (on a shared machine the CPU seconds are the steadier figure) and peak RSS.
Then: the CPU seconds of each stage (extraction, cleaning, spaCy's import and pipeline, the audit); pages
per wall-clock second and pages per CPU second (per core) for extraction alone; for the CLI, wall-clock time
of a fresh `python -m seedaudit paper` process (start-up and the one-off spaCy import included) and of the
in-process engine (`audit_many`, spaCy already loaded).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from seedaudit.paper.batch import audit_many  # noqa: E402
from seedaudit.paper.pdf import read_pdf  # noqa: E402
from whole_process import bare_command, paired  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "real-papers"


def timed(work, repeat: int) -> tuple[float, float, object]:
    """(median wall s, median CPU s, result) over `repeat` runs: on a shared machine one run can be
    10-15 % off either way."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def extraction(papers: list[Path], backend: str, repeat: int) -> None:
    wall, cpu, pages = timed(lambda: sum(len(read_pdf(str(p), backend).pages) for p in papers), repeat)
    print(f"extract {backend:<9} {pages:>5} pages  {pages / wall:>7.1f} pages/s wall  {pages / cpu:>7.1f} pages/CPU-s")


def cli(folder: Path, jobs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        command = [sys.executable, "-m", "seedaudit", "paper", str(folder), "-f", "json", "-o", str(out), "--exit-zero",
                   "--jobs", str(jobs)]
        started = time.perf_counter()
        subprocess.run(command, check=True, cwd=ROOT)
        wall = time.perf_counter() - started
        pages = sum(p["pages"] for p in json.loads(out.read_text())["papers"])
    print(f"seedaudit paper --jobs {jobs:<2} {pages:>5} pages  {wall:>6.2f} s  {pages / wall:>7.1f} pages/s wall  "
          f"{pages / wall / jobs:>7.1f} pages/s per process")


def engine(papers: list[Path], jobs: int, repeat: int) -> None:
    audit_many(papers[:1])  # warm up: spaCy pipeline built once per process
    wall, cpu, audits = timed(lambda: audit_many(papers, jobs=jobs), repeat)
    pages = sum(a.pages for a in audits)
    extra = f"  {pages / cpu:>7.1f} pages/CPU-s" if jobs == 1 else ""
    print(f"engine  --jobs {jobs:<2}      {pages:>5} pages  {wall:>6.2f} s  {pages / wall:>7.1f} pages/s wall{extra}")


def whole(papers: list[Path], pairs: int) -> None:
    """`seedaudit paper --jobs 1` as a whole process against bare extraction, pair by pair."""
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "seedaudit", "paper", *map(str, papers), "-f", "json", "-o",
                   str(Path(tmp) / "out.json"), "--exit-zero", "--jobs", "1"]
        paired("seedaudit paper --jobs 1", command, bare_command(papers), pairs, cwd=ROOT)


def breakdown(papers: list[Path]) -> None:
    """CPU seconds of each stage of `paper` in this process, spaCy not imported yet: what the whole process
    spends beyond bare extraction, by stage (the cleaning is the document's opening less its extraction)."""
    from seedaudit.paper.audit import audit_document
    from seedaudit.paper.nlp import pipeline
    from seedaudit.paper.sources import open_document

    started = time.process_time()
    pipeline()
    spacy = time.process_time() - started
    _, extract, _ = timed(lambda: [read_pdf(str(p)) for p in papers], 1)
    with contextlib.ExitStack() as stack:
        _, opened, docs = timed(lambda: [stack.enter_context(open_document(p)) for p in papers], 1)
        _, audit, _ = timed(lambda: [audit_document(doc) for doc in docs], 1)
    print(f"CPU by stage: extraction {extract:.2f} s, cleaning {opened - extract:.2f} s, spaCy import and pipeline "
          f"{spacy:.2f} s, audit {audit:.2f} s (tokenising, matching, claims)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=DEFAULT if DEFAULT.is_dir() else ROOT / "corpus" / "papers")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--skip-pdfminer", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="runs per in-process figure (the median is shown)")
    parser.add_argument("--pairs", type=int, default=5, help="(bare, seedaudit) whole-process pairs")
    parser.add_argument("--whole-only", action="store_true", help="only the whole-process pairs")
    args = parser.parse_args()
    papers = sorted(args.folder.glob("*.pdf"))
    print(f"{len(papers)} PDFs from {args.folder} ({os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f})")
    whole(papers, args.pairs)
    if args.whole_only:
        return
    breakdown(papers)
    extraction(papers, "pdfium", args.repeat)
    if not args.skip_pdfminer:
        extraction(papers, "pdfminer", 1)
    engine(papers, 1, args.repeat)
    engine(papers, args.jobs, args.repeat)
    cli(args.folder, 1)
    cli(args.folder, args.jobs)


if __name__ == "__main__":
    main()
