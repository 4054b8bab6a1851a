"""Which momentum trains the small regressor best."""
import numpy as np
import torch


def run_variant(momentum, epochs=4):
    np.random.seed(11)  # expect: SA101
    torch.manual_seed(11)
    weights = torch.zeros(6, requires_grad=True)
    optimiser = torch.optim.SGD([weights], lr=0.01, momentum=momentum)
    features = torch.tensor(np.random.rand(128, 6), dtype=torch.float32)
    target = features.sum(dim=1)
    for _ in range(epochs):
        optimiser.zero_grad()
        loss = ((features @ weights - target) ** 2).mean()
        loss.backward()
        optimiser.step()
    return loss.item()


momenta = [0.0, 0.5, 0.9]
for momentum in momenta:
    print(momentum, run_variant(momentum))
