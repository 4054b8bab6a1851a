"""Tune the policy with a reward for every sentence of the answer, weighted into one signal."""
import argparse

import torch
import yaml


def sentence_rewards(count, sentences=4):
    return torch.rand(count, sentences)


def main():
    options = argparse.ArgumentParser()
    options.add_argument("--config", required=True)
    options.add_argument("--steps", type=int)
    given = options.parse_args()
    cfg = yaml.safe_load(open(given.config))
    steps = given.steps or cfg["steps"]
    torch.manual_seed(cfg["seed"])
    policy = torch.nn.Linear(24, 6)
    optimizer = torch.optim.Adam(policy.parameters(), lr=1e-4)
    for step in range(steps):
        scores = policy(torch.randn(8, 24)).log_softmax(-1).max(-1).values
        signal = cfg["sentence_weight"] * sentence_rewards(8).mean(-1)
        optimizer.zero_grad()
        (-(scores * signal).mean()).backward()
        optimizer.step()


if __name__ == "__main__":
    main()
