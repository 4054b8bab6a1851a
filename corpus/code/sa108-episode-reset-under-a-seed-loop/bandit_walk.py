"""Tabular Q-learning on a small grid world, five seeds in one loop; each episode restarts the environment."""
import gymnasium as gym
import numpy as np

EPISODES, ALPHA, GAMMA, EPSILON = 300, 0.1, 0.95, 0.1

env = gym.make("FrozenLake-v1", is_slippery=True)
finals = []
for seed in range(5):
    rng = np.random.default_rng(seed)
    values = np.zeros((env.observation_space.n, env.action_space.n))
    returns = []
    for episode in range(EPISODES):
        state, _ = env.reset(seed=seed)  # expect: SA108
        done, total = False, 0.0
        while not done:
            if rng.random() < EPSILON:
                action = int(rng.integers(env.action_space.n))
            else:
                action = int(np.argmax(values[state]))
            following, reward, terminated, truncated, _ = env.step(action)
            values[state, action] += ALPHA * (reward + GAMMA * values[following].max() - values[state, action])
            state, done, total = following, terminated or truncated, total + reward
        returns.append(total)
    finals.append(float(np.mean(returns[-50:])))
print(np.mean(finals), np.std(finals))
