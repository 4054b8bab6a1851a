"""PPO on a reaching task, optionally with a behaviour-cloning penalty towards the demonstrations."""
import random
from dataclasses import dataclass

import gymnasium as gym
import numpy as np
import torch
import tyro

from agent import Agent, ppo_update, rollout


@dataclass
class Args:
    env_id: str = "Reach-v1"
    num_envs: int = 256
    bc_coef: float = 0.0
    total_steps: int = 1_000_000
    seed: int = 42


def main(args: Args):
    random.seed(args.seed)  # expect: SA101
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    envs = gym.make_vec(args.env_id, num_envs=args.num_envs)
    obs, _ = envs.reset(seed=args.seed)
    agent = Agent(envs.single_observation_space.shape[0], envs.single_action_space.shape[0])
    optimiser = torch.optim.Adam(agent.parameters(), lr=3e-4)
    demos = torch.load("demos/reach.pt")
    steps = 0
    while steps < args.total_steps:
        batch, obs = rollout(agent, envs, obs, 128)
        ppo_update(agent, optimiser, batch, demos, args.bc_coef)
        steps += 128 * args.num_envs
    torch.save(agent.state_dict(), f"agent_bc{args.bc_coef}.pt")


if __name__ == "__main__":
    main(tyro.cli(Args))
