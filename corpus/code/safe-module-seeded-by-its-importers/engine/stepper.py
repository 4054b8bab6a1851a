"""Zeroth-order steps: each step perturbs the weights with noise regenerated from a seed drawn for that step."""
import numpy as np
import torch


class Stepper:
    def __init__(self, params, blocks, eps=1e-3):
        self.params = params
        self.blocks = blocks
        self.eps = eps

    def perturb(self, step_seed, scale):
        torch.manual_seed(step_seed)
        for p in self.params:
            p.data.add_(scale * self.eps * torch.randn_like(p))

    def step(self, loss_fn):
        block = np.random.choice(self.blocks)
        step_seed = np.random.randint(1_000_000)
        self.perturb(step_seed, 1)
        plus = loss_fn()
        self.perturb(step_seed, -2)
        minus = loss_fn()
        self.perturb(step_seed, 1)
        return block, (plus - minus) / (2 * self.eps)
