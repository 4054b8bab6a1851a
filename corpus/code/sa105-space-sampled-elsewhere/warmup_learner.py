"""Fills the replay buffer with uniformly random actions before the learned policy takes over."""
import numpy as np

import setup_run


class WarmupLearner:
    def __init__(self, policy, warmup_steps=5000):
        self.env = setup_run.pendulum_env
        self.policy = policy
        self.warmup_steps = warmup_steps
        self.buffer = []

    def collect(self, steps):
        state = self.env.reset()
        for step in range(steps):
            if step < self.warmup_steps:
                action = self.env.action_space.sample()  # expect: SA105
            else:
                action = self.policy(state) + np.random.normal(0.0, 0.1, size=1)
            next_state, reward, done, _ = self.env.step(action)
            self.buffer.append((state, action, reward, next_state, done))
            state = self.env.reset() if done else next_state
        return len(self.buffer)
