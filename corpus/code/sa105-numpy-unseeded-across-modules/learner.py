"""The learner seeds torch itself; its task memory seeds Python's random."""
import random

import torch
from torch import nn


class TaskMemory:
    def __init__(self, size, seed):
        self.size = size
        self.seed = seed
        random.seed(self.seed)
        self.items = []

    def replay(self, count):
        return random.sample(self.items, min(count, len(self.items)))


class CurriculumLearner:
    def __init__(self, tasks, seed):
        torch.manual_seed(seed)
        self.net = nn.Linear(tasks, tasks)
        self.memory = TaskMemory(1000, seed)

    def step(self, task):
        self.memory.items.append(task)
        return float(self.net(torch.eye(self.net.in_features)[task]).sum())
