"""Train the backbone, then its early-exit heads on top of it: two stages of one model."""
import torch
from torch import nn

torch.manual_seed(8)  # expect: SA104


class ExitNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Linear(20, 20)
        self.exits = nn.ModuleList([nn.Linear(20, 3) for _ in range(2)])

    def forward(self, x):
        hidden = torch.relu(self.backbone(x))
        return [exit_head(hidden) for exit_head in self.exits]


def train(model, epochs, exits_only=False):
    params = model.exits.parameters() if exits_only else model.parameters()
    optimizer = torch.optim.Adam(params, lr=1e-3)
    for _ in range(epochs):
        optimizer.zero_grad()
        outputs = model(torch.randn(32, 20))
        sum(out.pow(2).mean() for out in outputs).backward()
        optimizer.step()


model = ExitNet()
train(model, epochs=10)
train(model, epochs=5, exits_only=True)
torch.save(model.state_dict(), "exit_net.pt")
