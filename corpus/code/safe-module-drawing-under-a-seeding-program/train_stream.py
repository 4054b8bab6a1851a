"""Train one learner over a class-incremental stream; the seed comes from the command line."""
import argparse

import torch

from common.seeding import seed_generators
from streams import STREAMS


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--stream", default="class-incremental")
    args = parser.parse_args()
    seed_generators(args.seed)
    stream = STREAMS[args.stream](n_classes=100, classes_per_task=10)
    learner = torch.nn.Linear(512, 100)
    optimizer = torch.optim.SGD(learner.parameters(), lr=0.03)
    for _ in stream.replay_indices(256):
        loss = learner(torch.randn(32, 512)).logsumexp(1).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()
