"""The same agent with its own seed: the policy's weights and sampled actions are fixed too."""
import argparse

import gymnasium as gym
import numpy as np
from stable_baselines3 import SAC

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    np.random.seed(args.seed)
    lift_env = gym.make("Pusher-v5")
    agent = SAC("MlpPolicy", lift_env, seed=args.seed, verbose=0)
    agent.learn(total_timesteps=50_000)
