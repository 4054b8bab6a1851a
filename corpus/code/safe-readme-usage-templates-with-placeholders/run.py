"""Shape classification on point clouds: trains, or scores a saved model on the test split."""
import argparse

import torch
from torch import nn

MODELS = {"pointnet": lambda: nn.Sequential(nn.Linear(3, 64), nn.ReLU(), nn.Linear(64, 40)),
          "dgcnn": lambda: nn.Sequential(nn.Linear(3, 128), nn.ReLU(), nn.Linear(128, 40))}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--action", default="train")
    parser.add_argument("--model", default="pointnet")
    parser.add_argument("--weights", default=None)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    net = MODELS[args.model]()
    points, labels = torch.randn(256, 3), torch.randint(0, 40, (256,))
    if args.action == "train":
        optimiser = torch.optim.Adam(net.parameters(), lr=1e-3)
        for _ in range(50):
            optimiser.zero_grad()
            nn.functional.cross_entropy(net(points), labels).backward()
            optimiser.step()
        torch.save(net.state_dict(), f"{args.model}.pt")
    else:
        net.load_state_dict(torch.load(args.weights))
        print(args.model, (net(points).argmax(1) == labels).float().mean().item())


if __name__ == "__main__":
    main()
