"""Each run draws fresh randomness: repeated runs of this script are independent samples."""
import torch
from torch import nn

heads = {"linear": nn.Linear(32, 4), "mlp": nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 4))}
for name, head in heads.items():
    opt = torch.optim.Adam(head.parameters())
    for _ in range(100):
        x, y = torch.randn(16, 32), torch.randint(0, 4, (16,))
        loss = nn.functional.cross_entropy(head(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(name, loss.item())
