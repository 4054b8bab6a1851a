"""Random hyper-parameter search: launches train.py for every (algorithm, data set, trial, setting)."""
import argparse
import random
import subprocess

import torch


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--algorithms", nargs="+", default=["ERM"])
    parser.add_argument("--datasets", nargs="+", default=["PACS"])
    parser.add_argument("--n_settings", type=int, default=20)
    parser.add_argument("--n_trials", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(0)
    gpus = max(1, torch.cuda.device_count())
    for algorithm in args.algorithms:
        for dataset in args.datasets:
            for trial in range(args.n_trials):
                for _ in range(args.n_settings):
                    lr = 10 ** rng.uniform(-5, -3)
                    gpu = str(trial % gpus)
                    subprocess.run(["python", "train.py", "--algorithm", algorithm, "--dataset", dataset,
                                    "--seed", str(trial), "--lr", str(lr)], check=True,
                                   env={"CUDA_VISIBLE_DEVICES": gpu})


if __name__ == "__main__":
    main()
