"""Hourly load forecasting: Lightning's CLI builds the model and data from stacked YAML configs."""
import torch
from lightning.pytorch import LightningDataModule, LightningModule
from lightning.pytorch.cli import LightningCLI
from torch import nn


class LoadForecaster(LightningModule):
    def __init__(self, encoder: str = "gru", hidden: int = 64, horizon: int = 24, lr: float = 3e-4):
        super().__init__()
        self.save_hyperparameters()
        if encoder == "gru":
            self.encoder = nn.GRU(8, hidden, batch_first=True)
        else:
            self.encoder = nn.Conv1d(8, hidden, kernel_size=5, padding=2)
        self.head = nn.Linear(hidden, horizon)

    def forward(self, window):
        if self.hparams.encoder == "gru":
            out, _ = self.encoder(window)
            return self.head(out[:, -1])
        return self.head(self.encoder(window.transpose(1, 2)).mean(-1))

    def training_step(self, batch, batch_idx):
        window, target = batch
        loss = nn.functional.l1_loss(self(window), target)
        self.log("train_mae", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=self.hparams.lr)


class MeterData(LightningDataModule):
    def __init__(self, root: str = "data/meters", window: int = 168, batch_size: int = 128):
        super().__init__()
        self.save_hyperparameters()


class ForecastCLI(LightningCLI):
    """Adds the forecast horizon as a linked argument."""

    def add_arguments_to_parser(self, parser):
        parser.link_arguments("model.horizon", "data.window", compute_fn=lambda h: 7 * h)


if __name__ == "__main__":
    ForecastCLI(LoadForecaster, MeterData)
