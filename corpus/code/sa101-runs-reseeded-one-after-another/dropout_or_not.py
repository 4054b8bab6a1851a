"""Same regressor with and without dropout, each trained once from the same seed."""
import torch
from torch import nn

x = torch.linspace(-3, 3, 256).unsqueeze(1)
y = torch.sin(x) + 0.1 * torch.cos(7 * x)

torch.manual_seed(11)  # expect: SA101
plain = nn.Sequential(nn.Linear(1, 64), nn.Tanh(), nn.Linear(64, 1))
adam = torch.optim.Adam(plain.parameters(), lr=1e-2)
for step in range(2000):
    loss = nn.functional.mse_loss(plain(x), y)
    adam.zero_grad()
    loss.backward()
    adam.step()
print("plain", loss.item())

torch.manual_seed(11)
dropped = nn.Sequential(nn.Linear(1, 64), nn.Tanh(), nn.Dropout(0.2), nn.Linear(64, 1))
adam = torch.optim.Adam(dropped.parameters(), lr=1e-2)
for step in range(2000):
    loss = nn.functional.mse_loss(dropped(x), y)
    adam.zero_grad()
    loss.backward()
    adam.step()
print("dropout", loss.item())
