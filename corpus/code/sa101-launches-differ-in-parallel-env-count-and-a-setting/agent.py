"""Actor-critic network, rollouts and the PPO update with an optional behaviour-cloning term."""
import torch
from torch import nn


class Agent(nn.Module):
    def __init__(self, obs_dim, act_dim):
        super().__init__()
        self.actor = nn.Sequential(nn.Linear(obs_dim, 256), nn.Tanh(), nn.Linear(256, act_dim))
        self.critic = nn.Sequential(nn.Linear(obs_dim, 256), nn.Tanh(), nn.Linear(256, 1))
        self.log_std = nn.Parameter(torch.zeros(act_dim))

    def dist(self, obs):
        return torch.distributions.Normal(self.actor(obs), self.log_std.exp())


def rollout(agent, envs, obs, length):
    out = []
    for _ in range(length):
        with torch.no_grad():
            action = agent.dist(torch.as_tensor(obs, dtype=torch.float32)).sample()
        obs, reward, *_ = envs.step(action.numpy())
        out.append((obs, action, reward))
    return out, obs


def ppo_update(agent, optimiser, batch, demos, bc_coef):
    obs = torch.as_tensor([b[0] for b in batch], dtype=torch.float32)
    actions = torch.stack([b[1] for b in batch])
    returns = torch.as_tensor([b[2] for b in batch], dtype=torch.float32)
    advantage = returns - agent.critic(obs).squeeze(-1).detach()
    loss = -(agent.dist(obs).log_prob(actions).sum(-1) * advantage).mean()
    loss = loss + bc_coef * ((agent.actor(demos["obs"]) - demos["actions"]) ** 2).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
