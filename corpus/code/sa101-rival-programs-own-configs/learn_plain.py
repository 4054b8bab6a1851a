"""Tune the policy with one reward for the whole answer."""
import argparse

import torch
import yaml


def read_settings():
    parser = argparse.ArgumentParser(description="whole-answer reward")
    parser.add_argument("--config", default="plain.yaml")
    path = parser.parse_args().config
    return yaml.safe_load(open(path))


def main():
    settings = read_settings()
    torch.manual_seed(settings["seed"])
    policy = torch.nn.Linear(24, 6)
    optimizer = torch.optim.Adam(policy.parameters(), lr=1e-4)
    for _ in range(settings["steps"]):
        states = torch.randn(8, 24)
        reward = torch.rand(8)
        loss = -(policy(states).log_softmax(-1).max(-1).values * reward).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()
