"""Time and memory of `seedaudit check` on one large generated training file, per size and shape.

    python benchmarks/code_large_files.py                              # every shape at 5k-80k lines
    python benchmarks/code_large_files.py --shapes one-seed --sizes 40000 79000
    python benchmarks/code_large_files.py --timeout 60 --budget 1000   # time-box runs; a large file-time-budget

The check must grow linearly with the file: a rule that scans every call for each seeding call turned
a 40k-line file into minutes. The shapes are what such files look like in the wild:

  training    many functions, each with loops, calls, argparse options and its own seeding calls
  one-seed    the same code with a single `random.seed` among tens of thousands of calls
  deep        training code nested 12 levels deep in loops, branches and `with` blocks
  list        one long module-level list literal (embedded data) next to a small training script

Each run is the real command line (`seedaudit check --no-cache --jobs 1`, interpreter start included)
in a fresh process: "check s" is wall-clock, "CPU s" the process's own CPU time (steadier on a shared
machine), "RSS MB" its peak resident memory, "us/line" CPU microseconds per line (flat when linear).
"parse s" is the CPU time of `ast.parse` + `libcst.parse_module` of the same file alone (interpreter
start included), the floor of any check.
The file is written, with a pyproject.toml, to a scratch folder. That config raises max-file-bytes
(an 80k-line file is over the default 2 MB cap) and max-statement-bytes (the list shape's literal is one
statement over the default 512 kB, which would be left out rather than measured), and `--budget` sets
file-time-budget there (past the budget a check is one SA001 line rather than a figure).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HEADER = '''"""Generated training script ({shape}, {lines} lines)."""
import argparse
import random

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=0)
parser.add_argument("--epochs", type=int, default=10)
'''

MODEL = '''

parser.add_argument("--lr_{i}", type=float, default=0.01)
parser.add_argument("--width_{i}", type=int, default={width})


def build_model_{i}(args):
    layers = []
    for width in [64, 128, {width}]:
        layers.append(nn.Linear(width, width))
        layers.append(nn.ReLU())
    return nn.Sequential(*layers)


def make_loader_{i}(args):
    data = torch.randn(256, args.width_{i})
    labels = torch.randint(0, 10, (256,))
    dataset = torch.utils.data.TensorDataset(data, labels)
    return torch.utils.data.DataLoader(dataset, batch_size=32, shuffle=True, num_workers=2)


def train_{i}(model, loader, args):
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr_{i})
    for epoch in range(args.epochs):
        for batch, target in loader:
            optimizer.zero_grad()
            loss = F.cross_entropy(model(batch), target)
            loss.backward()
            optimizer.step()
        if epoch % 10 == 0:
            print(f"epoch {{epoch}}: {{loss.item():.4f}}")
    return model
'''

SEEDED = '''

def experiment_{i}(args):
    torch.manual_seed(args.seed + {i})
    random.seed({i})
    np.random.seed(args.seed)
    noise = np.random.normal(0, 1, size=10)
    results = {{}}
    for model_name in ["mlp", "cnn", "rnn"]:
        model = build_model_{i}(args)
        results[model_name] = train_{i}(model, make_loader_{i}(args), args)
    return results, noise
'''

UNSEEDED = '''

def experiment_{i}(args):
    noise = np.random.normal(0, 1, size=10)
    results = {{}}
    for model_name in ["mlp", "cnn", "rnn"]:
        model = build_model_{i}(args)
        results[model_name] = train_{i}(model, make_loader_{i}(args), args)
    return results, noise
'''

MAIN = '''

if __name__ == "__main__":
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    for run in range(args.epochs):
        experiment_0(args)
'''


SHAPES = ("training", "one-seed", "deep", "list")
DEPTH = 12
MAX_BYTES = 64_000_000  # above the default cap (2 MB), so that the 80k-line files are measured too


def _nested(i: int, depth: int) -> str:
    """Training code `depth` levels deep: loops, branches and `with` blocks in turn, calls at every level."""
    lines = [f"\n\ndef deep_{i}(args, loader, model):"]
    openers = ("for epoch_{d} in range(args.epochs):", "if args.seed > {d}:", "with torch.no_grad():")
    for d in range(depth):
        pad = "    " * (d + 1)
        lines.append(pad + openers[d % 3].format(d=d))
        lines.append(pad + f"    loss_{d} = F.mse_loss(model(torch.randn(4, {d + 1})), torch.zeros(4, {d + 1}))")
        if d % 5 == 0:
            lines.append(pad + f"    torch.manual_seed(args.seed + {d})")
    lines.append("    " * (depth + 1) + "return loss_0")
    return "\n".join(lines) + "\n"


def _block(shape: str, i: int) -> str:
    width = 256 + i % 7
    if shape == "deep":
        return _nested(i, DEPTH)
    if shape == "one-seed":
        return MODEL.format(i=i, width=width) + UNSEEDED.format(i=i)
    return MODEL.format(i=i, width=width) + SEEDED.format(i=i)


def _data_rows(count: int) -> str:
    rows = (f"    [{i}, {i * 0.5:.1f}, {(i * 7) % 13}, 'row_{i}']," for i in range(count))
    return "DATA = [\n" + "\n".join(rows) + "\n]\n"


def generate(shape: str, lines: int) -> str:
    """A training file of about `lines` lines in the given shape."""
    parts = [HEADER.format(shape=shape, lines=lines)]
    if shape == "one-seed":
        parts.append("random.seed(0)\n")
    if shape == "list":
        parts.append(_data_rows(max(0, lines - 200)))
        parts += [_block("training", i) for i in range(3)]
    else:
        written, i = sum(p.count("\n") for p in parts), 0
        while written < lines - MAIN.count("\n"):
            parts.append(_block(shape, i))
            written += parts[-1].count("\n")
            i += 1
    parts.append(MAIN)
    return "".join(parts)


def _child(what: str, path: Path) -> None:
    """Run in a fresh process: check (the CLI, output as JSON lines) or parse `path`, then print the figures."""
    import resource

    started = time.perf_counter()
    counts: Counter = Counter()
    if what == "parse":
        import ast

        import libcst

        text = path.read_text(encoding="utf-8")
        ast.parse(text)
        libcst.parse_module(text)
    else:
        from seedaudit.cli import main

        report = path.with_suffix(".jsonl")
        sys.argv = ["seedaudit", "check", "--no-cache", "--jobs", "1", "--exit-zero", "-f", "jsonl", "-o", str(report), str(path)]
        try:
            main()
        except SystemExit:
            pass
        for line in report.read_text(encoding="utf-8").splitlines():
            counts[json.loads(line).get("rule_id", "?")] += 1
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"inside": time.perf_counter() - started, "cpu": usage.ru_utime + usage.ru_stime,
                      "rss_mb": usage.ru_maxrss / 1024, "findings": dict(counts)}))


def measure(what: str, path: Path, limit: float) -> dict | None:
    """Wall-clock seconds (interpreter start included) and the child's own figures; None when it ran past `limit`."""
    started = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, __file__, "--child", what, str(path)], capture_output=True, text=True,
                              timeout=limit, cwd=path.parent)
    except subprocess.TimeoutExpired:
        return None
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{what} {path} failed:\n{done.stdout}{done.stderr}")
    return json.loads(lines[-1]) | {"seconds": time.perf_counter() - started}


def _findings(counts: dict) -> str:
    return " ".join(f"{rule}x{n}" for rule, n in sorted(counts.items())) or "-"


def run_case(shape: str, size: int, scratch: Path, args) -> str:
    folder = scratch / f"{shape}-{size}"
    folder.mkdir()
    budget = f"file-time-budget = {args.budget}\n" if args.budget is not None else ""
    (folder / "pyproject.toml").write_text(f'[project]\nname = "large"\n\n[tool.seedaudit]\nmax-file-bytes = {MAX_BYTES}\n'
                                           f'max-statement-bytes = {MAX_BYTES}\n{budget}', encoding="utf-8")
    path = folder / "train.py"
    text = generate(shape, size)
    path.write_text(text, encoding="utf-8")
    parsed = measure("parse", path, args.timeout) if args.parse else None
    checked = measure("check", path, args.timeout)
    lines = text.count("\n")
    parse = "" if not args.parse else f"{parsed['cpu']:8.2f}" if parsed else f"{'>' + str(args.timeout):>8}"
    if checked is None:
        return f"{shape:<10}{lines:>8}{len(text) / 1e6:>7.2f}{parse}  > {args.timeout:.0f} s (killed)"
    return (f"{shape:<10}{lines:>8}{len(text) / 1e6:>7.2f}{parse}{checked['seconds']:>9.2f}{checked['cpu']:>8.2f}"
            f"{checked['rss_mb']:>8.0f}{checked['cpu'] / lines * 1e6:>8.0f}  {_findings(checked['findings'])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=SHAPES, help="file shapes to generate")
    parser.add_argument("--sizes", nargs="+", type=int, default=[5_000, 10_000, 20_000, 40_000, 80_000],
                        help="lines per generated file")
    parser.add_argument("--timeout", type=float, default=600, help="kill a single run after this many seconds")
    parser.add_argument("--budget", type=float, help="file-time-budget (seconds) written to the scratch pyproject.toml")
    parser.add_argument("--no-parse", dest="parse", action="store_false", help="skip the parse-only runs")
    parser.add_argument("--keep", type=Path, help="write the generated files here (kept) instead of a temp folder")
    parser.add_argument("--child", nargs=2, metavar=("WHAT", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], Path(args.child[1]))
        return 0
    print(f"{'shape':<10}{'lines':>8}{'MB':>7}{'parse s' if args.parse else '':>8}{'check s':>9}{'CPU s':>8}{'RSS MB':>8}{'us/line':>8}"
          f"  findings (load average {os.getloadavg()[0]:.1f})", flush=True)
    with tempfile.TemporaryDirectory(prefix="seedaudit-large-") as temp:
        scratch = args.keep or Path(temp)
        scratch.mkdir(parents=True, exist_ok=True)
        for shape in args.shapes:
            for size in args.sizes:
                print(run_case(shape, size, scratch, args), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
