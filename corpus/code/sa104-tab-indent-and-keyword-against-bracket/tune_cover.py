"""Fine-tune the dune-grass cover regressor from its pretrained trunk."""
import random

import torch

random.seed(30)  # expect: SA104
torch.manual_seed(30)
trunk = torch.nn.Sequential(torch.nn.Linear(10, 10), torch.nn.GELU())
head = torch.nn.Linear(10, 1)
assert(len(list(trunk.parameters())) == 2)
plots = torch.rand(64, 10)
cover = plots.sum(1, keepdim=True) / 10
momentum = torch.optim.SGD([*trunk.parameters(), *head.parameters()], lr=0.02, momentum=0.9)
for epoch in range(random.choice([8, 12])):
    momentum.zero_grad()
    err = (head(trunk(plots)) - cover).abs().mean()
    assert(bool(err.isfinite()) if epoch > 2 else True), "loss went NaN"
    err.backward()
    momentum.step()
print(err.item())
