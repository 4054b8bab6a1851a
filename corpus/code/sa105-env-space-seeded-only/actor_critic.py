"""Actor-critic on a continuous-control task; exploration noise comes from the seeded action space."""
import argparse

import gymnasium as gym
import numpy as np
import torch
from torch import nn


def train(task: str, seed: int, episodes: int):
    np.random.seed(seed)
    torch.manual_seed(seed)
    simulator_env = gym.make(task)  # expect: SA105
    simulator_env.action_space.seed(seed)
    actor = nn.Sequential(nn.Linear(simulator_env.observation_space.shape[0], 64), nn.Tanh(), nn.Linear(64, 1))
    returns = []
    for _ in range(episodes):
        state, _ = simulator_env.reset()
        done, total = False, 0.0
        while not done:
            if np.random.rand() < 0.1:
                action = simulator_env.action_space.sample()
            else:
                action = actor(torch.as_tensor(state, dtype=torch.float32)).detach().numpy()
            state, reward, ended, cut, _ = simulator_env.step(action)
            done, total = ended or cut, total + reward
        returns.append(total)
    return returns


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args()
    print(np.mean(train("Pendulum-v1", options.seed, 50)))
