"""REINFORCE on a discrete task; the start state of each training episode comes from env.reset."""
import argparse

import gymnasium as gym
import torch
from torch import nn


def run(task: str, seed: int, episodes: int, gamma: float = 0.99):
    torch.manual_seed(seed)
    env = gym.make(task)
    env.action_space.seed(seed)
    policy = nn.Sequential(nn.Linear(env.observation_space.shape[0], 32), nn.ReLU(), nn.Linear(32, env.action_space.n))
    optimiser = torch.optim.Adam(policy.parameters(), lr=1e-2)
    for episode in range(episodes):
        state, _ = env.reset(seed=seed)  # expect: SA108
        log_probs, rewards, over = [], [], False
        while not over:
            dist = torch.distributions.Categorical(logits=policy(torch.as_tensor(state, dtype=torch.float32)))
            action = dist.sample()
            state, reward, ended, cut, _ = env.step(action.item())
            log_probs.append(dist.log_prob(action))
            rewards.append(reward)
            over = ended or cut
        ret, returns = 0.0, []
        for reward in reversed(rewards):
            ret = reward + gamma * ret
            returns.insert(0, ret)
        loss = -(torch.stack(log_probs) * torch.as_tensor(returns)).sum()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    return policy


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    run("CartPole-v1", parser.parse_args().seed, 300)
