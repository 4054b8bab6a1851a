"""A tabular-feature Q-learner that explores with random actions."""
import numpy as np


class Learner:
    def __init__(self, env, gamma=0.99, explore=0.1, seed=0):
        self.env = env
        self.env.reset(seed=seed)
        self.env.action_space.seed(seed)
        self.gamma = gamma
        self.explore = explore
        self.weights = np.zeros((env.observation_space.shape[0], env.action_space.n))

    def episode(self):
        state, _ = self.env.reset()
        total, done = 0.0, False
        while not done:
            if np.random.rand() < self.explore:
                action = self.env.action_space.sample()
            else:
                action = int(np.argmax(state @ self.weights))
            following, reward, terminated, truncated, _ = self.env.step(action)
            target = reward + self.gamma * np.max(following @ self.weights) * (not terminated)
            self.weights[:, action] += 0.01 * (target - state @ self.weights[:, action]) * state
            state, total, done = following, total + reward, terminated or truncated
        return total
