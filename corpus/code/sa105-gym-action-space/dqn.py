"""DQN on CartPole with a warm-up phase of uniformly random actions."""
import argparse
import random

import gymnasium as gym
import numpy as np
import torch
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--warmup", type=int, default=1000)
    args = parser.parse_args()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)

    env = gym.make("CartPole-v1")
    obs, _ = env.reset(seed=args.seed)
    q = nn.Sequential(nn.Linear(4, 64), nn.ReLU(), nn.Linear(64, 2))
    buffer = []
    for t in range(5000):
        if t < args.warmup:
            action = env.action_space.sample()  # expect: SA105
        else:
            action = int(q(torch.as_tensor(obs)).argmax())
        nxt, reward, terminated, truncated, _ = env.step(action)
        buffer.append((obs, action, reward, nxt, terminated))
        obs = nxt if not (terminated or truncated) else env.reset()[0]


if __name__ == "__main__":
    main()
