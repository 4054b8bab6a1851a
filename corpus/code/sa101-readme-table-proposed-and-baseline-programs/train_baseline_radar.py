"""Train the baseline nowcasting network on the radar sequences."""
import argparse
import random

import numpy as np
import torch

from nowcast import build_baseline, build_ours, radar_sequences


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="unet")
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=50)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    net = build_baseline(args.model, args.hidden)
    optimiser = torch.optim.Adam(net.parameters(), lr=args.lr)
    for _ in range(args.epochs):
        for frames, future in radar_sequences("train"):
            optimiser.zero_grad()
            torch.nn.functional.l1_loss(net(frames), future).backward()
            optimiser.step()
    print(net.critical_success_index(radar_sequences("test")))


if __name__ == "__main__":
    main()
