"""Builds the shared pendulum and seeds it, torch and numpy once, when the run starts."""
import os

import gym
import numpy as np
import torch

RUN_SEED = int(os.environ.get("RUN_SEED", "11"))

pendulum_env = gym.make("Pendulum-v1")
pendulum_env.seed(RUN_SEED)
torch.manual_seed(RUN_SEED)
np.random.seed(RUN_SEED)
