"""Trains a soft actor-critic on a lifting task; numpy is seeded so the runs are comparable."""
import argparse

import gymnasium as gym
import numpy as np
from stable_baselines3 import SAC


def build_agent(task_id, log_dir, seed):
    lift_env = gym.make(task_id)
    lift_env.reset(seed=seed)
    lift_env.action_space.seed(seed)
    return SAC("MlpPolicy", lift_env, buffer_size=200_000, tensorboard_log=log_dir, verbose=0)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--steps", type=int, default=100_000)
    args = parser.parse_args()
    np.random.seed(args.seed)  # expect: SA105
    agent = build_agent("Pusher-v5", "logs/lift", args.seed)
    agent.learn(total_timesteps=args.steps)
    agent.save("sac_lift")
