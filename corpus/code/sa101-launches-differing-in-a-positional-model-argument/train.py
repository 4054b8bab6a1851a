"""Train one tabular network; its architecture is the first command-line argument."""
import sys

import torch
from torch import nn

torch.manual_seed(0)  # expect: SA101
arch = sys.argv[1]
width = {"mlp": 128, "resnet": 256, "wide": 1024}[arch]
net = nn.Sequential(nn.Linear(20, width), nn.ReLU(), nn.Linear(width, 2))
sgd = torch.optim.SGD(net.parameters(), lr=0.01)
for step in range(500):
    rows, labels = torch.randn(128, 20), torch.randint(0, 2, (128,))
    loss = nn.functional.cross_entropy(net(rows), labels)
    sgd.zero_grad()
    loss.backward()
    sgd.step()
print(arch, loss.item())
