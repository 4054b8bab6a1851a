"""Five seeds of the tagger with early stopping on the dev loss; the test score of every seed is averaged."""
import statistics

import torch
from torch import nn

PATIENCE = 3
test_scores = []
best_epoch, best_dev = 0, float("inf")
for seed in [1, 2, 3, 4, 5]:
    torch.manual_seed(seed)
    model = nn.Linear(32, 4)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for epoch in range(50):
        loss = nn.functional.cross_entropy(model(torch.randn(64, 32)), torch.randint(0, 4, (64,)))
        opt.zero_grad()
        loss.backward()
        opt.step()
        dev_loss = nn.functional.cross_entropy(model(torch.randn(64, 32)), torch.randint(0, 4, (64,))).item()
        if dev_loss < best_dev:
            best_dev, best_epoch = dev_loss, epoch
        if best_epoch + PATIENCE < epoch:
            break
    test_scores.append((model(torch.randn(64, 32)).argmax(1) == torch.randint(0, 4, (64,))).float().mean().item())
    best_epoch, best_dev = 0, float("inf")
print(statistics.mean(test_scores), statistics.stdev(test_scores))
