"""The three forecasters compared in the report, and their training loop."""
import torch
from torch import nn


class LSTMForecaster(nn.Module):
    def __init__(self, horizon):
        super().__init__()
        self.rnn = nn.LSTM(1, 64, batch_first=True)
        self.head = nn.Linear(64, horizon)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


class TCNForecaster(nn.Module):
    def __init__(self, horizon):
        super().__init__()
        self.conv = nn.Conv1d(1, 64, kernel_size=3, dilation=2, padding=2)
        self.head = nn.Linear(64, horizon)

    def forward(self, x):
        return self.head(self.conv(x.transpose(1, 2)).mean(-1))


class TransformerForecaster(nn.Module):
    def __init__(self, horizon):
        super().__init__()
        self.embed = nn.Linear(1, 64)
        self.encoder = nn.TransformerEncoder(nn.TransformerEncoderLayer(64, 4, batch_first=True), 2)
        self.head = nn.Linear(64, horizon)

    def forward(self, x):
        return self.head(self.encoder(self.embed(x))[:, -1])


def make_model(name, horizon):
    return {"lstm": LSTMForecaster, "tcn": TCNForecaster, "transformer": TransformerForecaster}[name](horizon)


def windows(series, horizon, length=168):
    xs = torch.stack([torch.tensor(series[i:i + length]) for i in range(len(series) - length - horizon)])
    ys = torch.stack([torch.tensor(series[i + length:i + length + horizon]) for i in range(len(series) - length - horizon)])
    return xs.unsqueeze(-1).float(), ys.float()


def train_model(model, series, epochs):
    x, y = windows(series[: int(0.8 * len(series))], model.head.out_features)
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        for i in torch.randperm(len(x)).split(64):
            optimiser.zero_grad()
            loss = nn.functional.l1_loss(model(x[i]), y[i])
            loss.backward()
            optimiser.step()


def test_mae(model, series, horizon):
    x, y = windows(series[int(0.8 * len(series)):], horizon)
    with torch.no_grad():
        return nn.functional.l1_loss(model(x), y).item()
