"""Run every (method, learning rate, seed) job on a process pool; each job seeds itself before it draws anything.
The job list is shuffled only so that slow methods do not all start together."""
import itertools
import multiprocessing
import random

import numpy as np
import torch


def run_job(method, lr, seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    weights = torch.zeros(5, requires_grad=True)
    optimiser = torch.optim.SGD([weights], lr=lr) if method == "sgd" else torch.optim.Adam([weights], lr=lr)
    for step in range(200):
        x = torch.from_numpy(np.random.randn(32, 5)).float()
        loss = (x @ weights - x.sum(-1)).pow(2).mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    return method, lr, seed, loss.item()


if __name__ == "__main__":
    jobs = list(itertools.product(["sgd", "adam"], [1e-3, 1e-2, 1e-1], range(5)))
    random.shuffle(jobs)
    with multiprocessing.Pool(8) as pool:
        results = pool.starmap(run_job, jobs)
    for row in sorted(results):
        print(*row)
