"""Reconstruction-based node anomaly detector."""
import torch
from torch import nn

torch.manual_seed(3)  # expect: SA104


class ReconDetector(nn.Module):
    def __init__(self, dim, hidden=16):
        super().__init__()
        self.encode = nn.Linear(dim, hidden)
        self.decode = nn.Linear(hidden, dim)

    def forward(self, x):
        return self.decode(torch.relu(self.encode(x)))

    def fit(self, x, epochs=100, lr=1e-2):
        opt = torch.optim.Adam(self.parameters(), lr=lr)
        for _ in range(epochs):
            loss = (self(x) - x).pow(2).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        return self

    def scores(self, x):
        return (self(x) - x).pow(2).mean(1)


if __name__ == "__main__":
    # quick fit on a toy input
    print(ReconDetector(5).fit(torch.ones(4, 5)).scores(torch.ones(4, 5)))
