"""Linear head vs. two-layer head on the review features."""
from torch import nn

from experiment_utils import seed_all, toy_reviews, train

seed_all(2024)  # expect: SA101
x, y = toy_reviews()
heads = {"linear": nn.Linear(32, 2), "mlp": nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 2))}
for name, head in heads.items():
    print(f"{name}: {train(head, x, y):.3f}")
