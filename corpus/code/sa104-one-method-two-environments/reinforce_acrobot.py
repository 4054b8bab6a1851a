"""REINFORCE with a value baseline on Acrobot-v1; prints the mean return of the last 20 episodes."""
import gymnasium as gym
import numpy as np
import torch
from torch import nn

SEED = 31
env = gym.make("Acrobot-v1")
torch.manual_seed(SEED)  # expect: SA104
np.random.seed(SEED)


class SwingNet(nn.Module):
    def __init__(self, inputs, actions):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(inputs, 64), nn.Tanh())
        self.logits = nn.Linear(64, actions)
        self.value = nn.Linear(64, 1)

    def forward(self, obs):
        hidden = self.body(obs)
        return self.logits(hidden), self.value(hidden)


def episode(model):
    obs, _ = env.reset(seed=SEED)
    logps, values, rewards, done = [], [], [], False
    while not done:
        logits, value = model(torch.as_tensor(obs, dtype=torch.float32))
        action = torch.distributions.Categorical(logits=logits).sample()
        obs, reward, terminated, truncated, _ = env.step(action.item())
        logps.append(torch.log_softmax(logits, -1)[action])
        values.append(value)
        rewards.append(reward)
        done = terminated or truncated
    return logps, values, rewards


def main():
    model = SwingNet(env.observation_space.shape[0], env.action_space.n)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    returns = []
    for _ in range(300):
        logps, values, rewards = episode(model)
        ret = torch.tensor(np.cumsum(rewards[::-1])[::-1].copy(), dtype=torch.float32)
        advantage = ret - torch.cat(values).detach()
        loss = -(torch.stack(logps) * advantage).sum() + (torch.cat(values) - ret).pow(2).sum()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        returns.append(sum(rewards))
    print(np.mean(returns[-20:]))


if __name__ == "__main__":
    main()
