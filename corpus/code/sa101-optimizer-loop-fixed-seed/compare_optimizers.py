"""Which optimiser fits the toy regression best? Four copies of one net, one per optimiser."""
import torch
from torch import nn

torch.manual_seed(3)  # expect: SA101

x = torch.linspace(-1, 1, 512).unsqueeze(1)
y = x.pow(3) + 0.05 * torch.randn_like(x)


def make_net():
    return nn.Sequential(nn.Linear(1, 32), nn.Tanh(), nn.Linear(32, 1))


nets = [make_net() for _ in range(3)]
optimizers = [
    torch.optim.SGD(nets[0].parameters(), lr=0.05),
    torch.optim.Adam(nets[1].parameters(), lr=0.01),
    torch.optim.RMSprop(nets[2].parameters(), lr=0.01),
]
history = {name: [] for name in ("sgd", "adam", "rmsprop")}

for step in range(300):
    for net, opt, name in zip(nets, optimizers, history):
        loss = nn.functional.mse_loss(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        history[name].append(loss.item())

for name, losses in history.items():
    print(f"{name:8s} final loss {losses[-1]:.4f}")
