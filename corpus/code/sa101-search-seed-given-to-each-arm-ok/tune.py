"""Random search over one arm of the ablation: every trial draws its hyper-parameters and its own training seed,
trains, and the best trial by validation loss is kept. `--hpo-seed` fixes the order the trials are drawn in."""
import argparse
import json
import random

import torch

from model import build, train_and_validate


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arm", default="full", choices=["full", "no_aux_loss", "no_pretraining"])
    parser.add_argument("--trials", type=int, default=60)
    parser.add_argument("--hpo-seed", type=int, default=0)
    args = parser.parse_args()
    search = random.Random(args.hpo_seed)
    best = None
    for trial in range(args.trials):
        params = {"lr": 10 ** search.uniform(-5, -2), "width": search.choice([128, 256, 512]),
                  "train_seed": search.randrange(2 ** 31)}
        torch.manual_seed(params["train_seed"])
        loss = train_and_validate(build(args.arm, params["width"]), params["lr"])
        if best is None or loss < best[0]:
            best = (loss, params)
    with open(f"best_{args.arm}.json", "w") as handle:
        json.dump({"val_loss": best[0], **best[1]}, handle)


if __name__ == "__main__":
    main()
