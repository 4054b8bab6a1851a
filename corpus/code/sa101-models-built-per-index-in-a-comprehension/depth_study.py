"""Is a deeper MLP better on the noisy sine? Three depths, each trained once."""
import torch
from torch import nn

torch.manual_seed(0)  # expect: SA101
depths = [1, 2, 4]


def mlp(depth):
    layers = [nn.Linear(1, 32), nn.ReLU()]
    for _ in range(depth - 1):
        layers += [nn.Linear(32, 32), nn.ReLU()]
    return nn.Sequential(*layers, nn.Linear(32, 1))


models = [mlp(depths[i]) for i in range(len(depths))]
x = torch.linspace(-3, 3, 256).unsqueeze(1)
y = torch.sin(x) + 0.1 * torch.randn_like(x)
for model in models:
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(300):
        optimiser.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        optimiser.step()
    print(loss.item())
