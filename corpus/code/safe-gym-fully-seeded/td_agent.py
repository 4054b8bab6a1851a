import argparse
import random

import gymnasium as gym
import numpy as np
import torch


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    env = gym.make("Pendulum-v1")
    eval_env = gym.make("Pendulum-v1")
    env.action_space.seed(args.seed)
    obs, _ = env.reset(seed=args.seed)
    eval_obs, _ = eval_env.reset(seed=args.seed + 100)
    for t in range(2000):
        action = env.action_space.sample()
        obs, reward, terminated, truncated, _ = env.step(action)
        if terminated or truncated:
            obs, _ = env.reset()


if __name__ == "__main__":
    main()
