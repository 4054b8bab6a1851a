"""Time of `seedaudit check` on generated projects with many launch files or many configs, per count.

    python benchmarks/code_many_files.py                          # every shape at 100-800 files
    python benchmarks/code_many_files.py --shapes configs --counts 250 1000

A problem spread over many files (launch files comparing at one seed, configs fixing one seed) is judged once
per project, not once per file against every other: weighing each config against all the others once per
config made a benchmark's 1,103 configs take 13 minutes. The shapes:

  sides      one launch line per file, a model and a data set each, all at seed 42 (each file one side)
  compared   three models per launch file, all at seed 42 (each file compares on its own)
  configs    one YAML config per method and data set, all at seed 0, run by one training script

Each run is the real command line (`seedaudit check --no-cache --jobs 1`, interpreter start included) in a
fresh process; "CPU s" is the process's own CPU time, "ms/file" CPU milliseconds per file (flat when linear).
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TRAIN = '''import argparse
import sys

import torch
import yaml

parser = argparse.ArgumentParser()
parser.add_argument("--model", default="mlp")
parser.add_argument("--data", default="iris")
parser.add_argument("--lr", type=float, default=0.1)
parser.add_argument("--config")
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
recipe = yaml.safe_load(open(args.config)) if args.config else {}
torch.manual_seed(recipe.get("seed", args.seed))
net = torch.nn.Linear(4, 4)
optimiser = torch.optim.SGD(net.parameters(), lr=args.lr)
for _ in range(10):
    optimiser.zero_grad()
    net(torch.randn(8, 4)).sum().backward()
    optimiser.step()
'''

SHAPES = ("sides", "compared", "configs")


def generate(shape: str, count: int, root: Path) -> None:
    """A project of `count` launch files or configs of the given shape under `root`."""
    (root / "pyproject.toml").write_text('[project]\nname = "many"\n')
    (root / "train.py").write_text(TRAIN)
    folder = root / ("configs" if shape == "configs" else "scripts")
    folder.mkdir()
    for i in range(count):
        if shape == "sides":
            text = f"#!/bin/bash\npython train.py --model m{i % 5} --lr 0.{i % 7 + 1} --data d{i % 13} --seed 42\n"
        elif shape == "compared":
            text = "#!/bin/bash\n" + "".join(f"python train.py --model {m} --lr 0.{i % 7 + 1} --data d{i % 13} --seed 42\n"
                                             for m in ("resnet", "vit", "mlp"))
        else:
            text = f"method: m{i % 20}\ndataset: d{i // 20}\nwidth: 32\nlr: 0.03\nseed: 0\n"
        (folder / (f"m{i:04d}.yaml" if shape == "configs" else f"run_{i:04d}.sh")).write_text(text)


def measure(root: Path, timeout: float) -> tuple[float, float, int] | None:
    """(wall s, CPU s, findings) of one cold check of the project, or None past the timeout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    try:
        done = subprocess.run([sys.executable, "-m", "seedaudit", "check", ".", "--no-cache", "--jobs", "1",
                               "-f", "json", "--exit-zero"], cwd=root, env=env, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu, done.stdout.count('"rule_id"')


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=SHAPES)
    parser.add_argument("--counts", nargs="+", type=int, default=[100, 200, 400, 800])
    parser.add_argument("--timeout", type=float, default=600, help="kill a single run after this many seconds")
    args = parser.parse_args(argv)
    print(f"{'shape':<10} {'files':>6} {'wall s':>8} {'CPU s':>8} {'ms/file':>8} {'findings':>9}")
    for shape in args.shapes:
        for count in args.counts:
            with tempfile.TemporaryDirectory() as scratch:
                generate(shape, count, Path(scratch))
                result = measure(Path(scratch), args.timeout)
            if result is None:
                print(f"{shape:<10} {count:>6} {'> ' + str(int(args.timeout)):>8}")
                continue
            wall, cpu, findings = result
            print(f"{shape:<10} {count:>6} {wall:>8.1f} {cpu:>8.1f} {1000 * cpu / count:>8.1f} {findings:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
