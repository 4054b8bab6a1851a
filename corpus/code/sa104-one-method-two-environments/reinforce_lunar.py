"""Monte-Carlo policy gradient with a learned baseline for the lunar lander; logs the average recent return."""
import gymnasium as gym
import numpy as np
import torch
from torch import nn

SEED = 31
env = gym.make("LunarLander-v2")
torch.manual_seed(SEED)  # expect: SA104
np.random.seed(SEED)


class LanderNet(nn.Module):
    """Shared trunk with two heads: thruster logits and a state value."""

    def __init__(self, inputs, actions, width=128):
        super().__init__()
        self.trunk = nn.Sequential(nn.Linear(inputs, width), nn.ReLU(), nn.Linear(width, width), nn.ReLU())
        self.heads = nn.ModuleDict({"pi": nn.Linear(width, actions), "v": nn.Linear(width, 1)})

    def forward(self, state):
        features = self.trunk(state)
        return self.heads["pi"](features), self.heads["v"](features).squeeze(-1)


def episode(model):
    state, _ = env.reset(seed=SEED)
    trace = []
    while True:
        logits, baseline = model(torch.tensor(state, dtype=torch.float32))
        dist = torch.distributions.Categorical(logits=logits)
        thrust = dist.sample()
        state, reward, crashed, timeout, _ = env.step(int(thrust))
        trace.append((dist.log_prob(thrust), baseline, reward))
        if crashed or timeout:
            return trace


def main():
    model = LanderNet(8, 4)
    optimizer = torch.optim.Adam(model.parameters(), lr=5e-4)
    history = []
    for _ in range(800):
        trace = episode(model)
        logp, baseline, reward = zip(*trace)
        to_go = torch.tensor(np.flip(np.cumsum(np.flip(reward))).copy(), dtype=torch.float32)
        gap = to_go - torch.stack(baseline)
        objective = -(torch.stack(logp) * gap.detach()).mean() + 0.5 * gap.pow(2).mean()
        optimizer.zero_grad()
        objective.backward()
        optimizer.step()
        history.append(float(to_go[0]))
    print(sum(history[-50:]) / 50)


if __name__ == "__main__":
    main()
