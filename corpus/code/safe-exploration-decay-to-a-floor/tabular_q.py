"""Tabular Q-learning on a small grid; each episode starts from its own seeded reset."""
import gymnasium as gym
import numpy as np

BASE_SEED = 100
EPISODES = 400

env = gym.make("FrozenLake-v1", is_slippery=False)
rng = np.random.default_rng(BASE_SEED)
table = np.zeros((env.observation_space.n, env.action_space.n))
exploration, exploration_min, decay = 1.0, 0.05, 0.99
returns = []

for episode in range(EPISODES):
    state, _ = env.reset(seed=BASE_SEED + episode)
    done, total = False, 0.0
    while not done:
        if rng.random() < exploration:
            action = int(rng.integers(env.action_space.n))
        else:
            action = int(np.argmax(table[state]))
        following, reward, terminated, truncated, _ = env.step(action)
        table[state, action] += 0.1 * (reward + 0.95 * table[following].max() - table[state, action])
        state, total, done = following, total + reward, terminated or truncated
    returns.append(total)
    if exploration > exploration_min:
        exploration *= decay
        exploration = max(exploration, exploration_min)

print("mean return over the last 100 episodes", np.mean(returns[-100:]))
