"""Roll the trained policy out in the simulated reaching task."""
import argparse

import numpy as np
import torch

from envs import make_reach_env
from policy import load_policy


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--real", action="store_true")
    args = parser.parse_args()
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    if args.real:
        from robot_driver import make_robot_env
        env = make_robot_env()
    else:
        env = make_reach_env("red_ball")
    policy = load_policy("ckpt/policy.pt")
    returns = []
    for _ in range(20):
        step = env.reset()
        total = 0.0
        while not step.last():
            step = env.step(policy(step.observation))
            total += step.reward
        returns.append(total)
    print(np.mean(returns))


if __name__ == "__main__":
    main()
