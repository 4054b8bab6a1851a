"""Random-search policy for a lunar lander; the episodes themselves run in rollouts/episodes.py."""
import argparse
import random

import gymnasium as gym
import numpy as np

from rollouts.episodes import evaluate


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--candidates", type=int, default=20)
    options = parser.parse_args()
    lander = gym.make("LunarLander-v3")  # expect: SA105
    random.seed(options.seed)
    np.random.seed(options.seed)
    best, best_score = None, -np.inf
    for _ in range(options.candidates):
        weights = np.random.normal(size=(8, 4))
        score = np.mean(evaluate(lander, lambda obs: int(np.argmax(obs @ weights)), episodes=5))
        if score > best_score:
            best, best_score = weights, score
    print(best_score, random.random())


if __name__ == "__main__":
    main()
