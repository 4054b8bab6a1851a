import torch
from torch import nn

from utils import accuracy

net = nn.Linear(32, 10)
sgd = torch.optim.SGD(net.parameters(), lr=0.1)
for step in range(100):
    x, y = torch.randn(64, 32), torch.randint(0, 10, (64,))
    loss = nn.functional.cross_entropy(net(x), y)
    sgd.zero_grad()
    loss.backward()
    sgd.step()
print(accuracy(net(x), y))
