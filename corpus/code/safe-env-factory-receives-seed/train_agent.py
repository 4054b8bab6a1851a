"""A2C on vectorised environments built (and seeded) by envs.make_vec_envs."""
import argparse

import gym  # noqa: F401  (registers the environments)
import torch
from torch import nn

from envs import make_vec_envs


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--env-name", default="CartPole-v1")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    envs = make_vec_envs(args.env_name, args.seed, 8)
    policy = nn.Linear(envs.single_observation_space.shape[0], envs.single_action_space.n)
    obs = envs.reset()
    for _ in range(100):
        logits = policy(torch.as_tensor(obs, dtype=torch.float32))
        actions = torch.distributions.Categorical(logits=logits).sample().numpy()
        obs, reward, done, info = envs.step(actions)


if __name__ == "__main__":
    main()
