"""A deep ensemble for regression with uncertainty: five members of one network, trained side by side."""
import torch
from torch import nn

torch.manual_seed(0)  # expect: SA104


class Member(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(1, width), nn.ReLU(), nn.Linear(width, 2))

    def forward(self, x):
        mean, log_var = self.body(x).chunk(2, dim=-1)
        return mean, log_var


ensemble_models = [Member(
    width=64,
) for _ in range(5)]
optimisers = [torch.optim.Adam(member.parameters(), lr=1e-2) for member in ensemble_models]
x = torch.linspace(-3, 3, 256).unsqueeze(1)
y = torch.sin(x) + 0.1 * torch.randn_like(x)


def train_one_epoch(member, optimiser):
    mean, log_var = member(x)
    loss = (0.5 * log_var + 0.5 * (y - mean) ** 2 / log_var.exp()).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
    return loss.item()


for epoch in range(300):
    for index, model in enumerate(ensemble_models):
        train_one_epoch(model, optimisers[index])
