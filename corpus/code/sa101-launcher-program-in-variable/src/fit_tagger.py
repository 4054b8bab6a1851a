"""Fit the sequence tagger with the chosen encoder."""
import argparse

import torch


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--encoder", default="bilstm")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    width = 8 if args.encoder == "bilstm" else 16
    model = torch.nn.Linear(width, 5)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(3):
        loss = model(torch.randn(4, width)).pow(2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()
