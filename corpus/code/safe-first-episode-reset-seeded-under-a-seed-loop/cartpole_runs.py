"""A random-policy baseline on CartPole over five seeds: the environment is seeded once per run, on its first reset."""
import gymnasium as gym
import numpy as np

env = gym.make("CartPole-v1")
lengths = []
for seed in (11, 12, 13, 14, 15):
    env.action_space.seed(seed)
    steps = []
    for episode in range(100):
        if episode == 0:
            observation, _ = env.reset(seed=seed)
        else:
            observation, _ = env.reset()
        done, count = False, 0
        while not done:
            observation, reward, terminated, truncated, _ = env.step(env.action_space.sample())
            done, count = terminated or truncated, count + 1
        steps.append(count)
    lengths.append(np.mean(steps))
print(f"{np.mean(lengths):.1f} +/- {np.std(lengths):.1f}")
