"""Neural-ODE classifier on one graph data set; W&B passes the swept settings as options."""
import argparse

import torch
import wandb

from odeblock import ODEClassifier, train_and_score


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dataset", default="citeseer")
    parser.add_argument("--solver", default="rk4")
    parser.add_argument("--step_size", type=float, default=0.25)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--lr", type=float, default=0.01)
    parser.add_argument("--seed", type=int, default=123)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    wandb.init(config=vars(args))
    model = ODEClassifier(args.hidden, solver=args.solver, step_size=args.step_size)
    wandb.log({"val_acc": train_and_score(model, args.dataset, args.lr)})


if __name__ == "__main__":
    main()
