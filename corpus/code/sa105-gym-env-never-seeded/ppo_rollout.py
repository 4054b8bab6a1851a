import gym
import numpy as np
import torch


def collect(policy, env_name, steps, seed):
    torch.manual_seed(seed)
    np.random.seed(seed)
    env = gym.make(env_name)  # expect: SA105
    obs = env.reset()
    trajectory = []
    for _ in range(steps):
        with torch.no_grad():
            action = policy(torch.as_tensor(obs, dtype=torch.float32)).sample()
        obs, reward, done, info = env.step(action.numpy())
        trajectory.append(reward)
        if done:
            obs = env.reset()
    return np.array(trajectory)
