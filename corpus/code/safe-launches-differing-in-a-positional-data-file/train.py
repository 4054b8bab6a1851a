"""Train the tabular network on the table named by the first command-line argument."""
import sys

import numpy as np
import torch
from torch import nn

torch.manual_seed(0)  # expect: SA104
data_file = sys.argv[1]
table = torch.from_numpy(np.loadtxt(data_file, delimiter=",", dtype=np.float32))
rows, labels = table[:, :-1], table[:, -1].long()
net = nn.Sequential(nn.Linear(rows.shape[1], 128), nn.ReLU(), nn.Linear(128, 2))
sgd = torch.optim.SGD(net.parameters(), lr=0.01)
for step in range(500):
    loss = nn.functional.cross_entropy(net(rows), labels)
    sgd.zero_grad()
    loss.backward()
    sgd.step()
print(data_file, loss.item())
