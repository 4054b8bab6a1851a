"""One regressor trained for a few epochs; each epoch runs a training phase and a validation phase."""
import torch
from torch import nn

torch.manual_seed(11)  # expect: SA104
net = nn.Sequential(nn.Linear(8, 32), nn.Tanh(), nn.Linear(32, 1))
optimiser = torch.optim.SGD(net.parameters(), lr=0.05)
for epoch in range(20):
    for stage in ("fit", "check"):
        if stage == "fit":
            net.train()
            batch = torch.randn(64, 8)
        else:
            net.eval()
            batch = torch.randn(256, 8)
        loss = net(batch).pow(2).mean()
        if stage == "fit":
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    print(epoch, loss.item())
