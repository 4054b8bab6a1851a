"""Contrastive pretraining on the chosen data set's two-view pairs."""
import argparse

import torch

from views import ViewDatasets


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="cifar10")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    pairs = ViewDatasets("data").get(args.data)
    loader = torch.utils.data.DataLoader(pairs, batch_size=256, shuffle=True, num_workers=8)  # expect: SA106
    encoder = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(3 * 32 * 32, 128))
    optimiser = torch.optim.Adam(encoder.parameters())
    for (first, second), _ in loader:
        loss = -torch.nn.functional.cosine_similarity(encoder(first), encoder(second)).mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()


if __name__ == "__main__":
    main()
