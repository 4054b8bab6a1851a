import random

import gymnasium as gym
import numpy as np

from learner import Learner

SEED = 5
random.seed(SEED)
np.random.seed(SEED)

env = gym.make("CartPole-v1")  # expect: SA105
learner = Learner(env, gamma=0.98)
returns = [learner.episode() for _ in range(300)]
print(np.mean(returns[-50:]))
