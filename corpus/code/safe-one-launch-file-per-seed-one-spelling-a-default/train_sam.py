"""Train a small CNN with sharpness-aware minimisation at the seed and settings given on the command line."""
import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=0)
parser.add_argument("--lr", type=float, default=0.05)
parser.add_argument("--rho", type=float, default=0.1)
parser.add_argument("--model", default="cnn", choices=["cnn", "wide"])
parser.add_argument("--warmup-steps", type=int, default=100)
args = parser.parse_args()
torch.manual_seed(args.seed)
width = 64 if args.model == "cnn" else 256
model = torch.nn.Sequential(torch.nn.Conv2d(3, width, 3), torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten(),
                            torch.nn.Linear(width, 10))
optimiser = torch.optim.SGD(model.parameters(), lr=args.lr)
images, labels = torch.load("cifar_subset.pt")
for step in range(500):
    for group in optimiser.param_groups:
        group["lr"] = args.lr * min(1.0, (step + 1) / args.warmup_steps)
    loss = torch.nn.functional.cross_entropy(model(images), labels)
    optimiser.zero_grad()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p.add_(args.rho * p.grad / (p.grad.norm() + 1e-12))
    torch.nn.functional.cross_entropy(model(images), labels).backward()
    optimiser.step()
