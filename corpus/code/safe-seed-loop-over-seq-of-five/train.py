"""Train a small policy network with the chosen update rule (a stand-in for an RL trainer)."""
import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--update", default="clipped", help="clipped or trust-region")
parser.add_argument("--seed", type=int, default=0)
opts = parser.parse_args()
torch.manual_seed(opts.seed)
policy = torch.nn.Sequential(torch.nn.Linear(4, 32), torch.nn.Tanh(), torch.nn.Linear(32, 2))
optimiser = torch.optim.Adam(policy.parameters(), lr=3e-4)
for step in range(200):
    logits = policy(torch.randn(64, 4))
    loss = -torch.log_softmax(logits, dim=-1)[:, 0].mean()
    if opts.update == "clipped":
        loss = loss.clamp(max=2.0)
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
