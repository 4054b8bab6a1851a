"""Train a small autoencoder detector on one tabular set; the loader reads plain rows."""
import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader

from detect.baselines.tabular.rows import RowSet


def main():
    torch.manual_seed(0)  # expect: SA104
    data = np.load("rows.npz")
    loader = DataLoader(RowSet(data["x"], data["y"]), batch_size=64, shuffle=True, num_workers=4)
    net = nn.Sequential(nn.Linear(data["x"].shape[1], 8), nn.ReLU(), nn.Linear(8, data["x"].shape[1]))
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    for rows, _ in loader:
        loss = (net(rows) - rows).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
