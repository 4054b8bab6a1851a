"""Collects rollouts from a batched simulator that is handed the run's seed when it is built."""
import argparse
import random

import envpool
import gymnasium as gym
import numpy as np
import torch


def collect(seed: int, workers: int, horizon: int):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    envs = envpool.make("CartPole-v1", env_type="gymnasium", num_envs=workers, seed=seed)
    envs = gym.wrappers.vector.RecordEpisodeStatistics(envs)
    observations, _ = envs.reset()
    totals = np.zeros(workers)
    for _ in range(horizon):
        moves = torch.randint(0, 2, (workers,)).numpy()
        observations, rewards, ended, cut, _ = envs.step(moves)
        totals += rewards
    return totals


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=3)
    print(collect(parser.parse_args().seed, 4, 200).mean())
