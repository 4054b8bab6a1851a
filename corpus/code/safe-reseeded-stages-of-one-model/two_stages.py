"""One regressor: a warm-up stage on a coarse target, then the main stage, each stage reseeded for its data order."""
import torch
from torch import nn

x = torch.linspace(-3, 3, 256).unsqueeze(1)
y = torch.sin(x) + 0.1 * torch.cos(7 * x)

torch.manual_seed(11)  # expect: SA104
net = nn.Sequential(nn.Linear(1, 64), nn.Tanh(), nn.Linear(64, 1))
adam = torch.optim.Adam(net.parameters(), lr=1e-2)
for step in range(500):
    loss = nn.functional.mse_loss(net(x), torch.sign(y))
    adam.zero_grad()
    loss.backward()
    adam.step()

torch.manual_seed(11)
for step in range(2000):
    order = torch.randperm(256)
    loss = nn.functional.mse_loss(net(x[order]), y[order])
    adam.zero_grad()
    loss.backward()
    adam.step()
print(loss.item())
