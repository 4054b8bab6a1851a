"""Picks the next task of the curriculum at random and trains on it."""
import numpy as np

import options
from learner import CurriculumLearner

if __name__ == "__main__":
    args = options.parse()
    learner = CurriculumLearner(args.tasks, args.seed)
    weights = np.full(args.tasks, 1.0 / args.tasks)
    for _ in range(args.rounds):
        task = np.random.choice(args.tasks, p=weights)  # expect: SA105
        print(learner.step(task))
