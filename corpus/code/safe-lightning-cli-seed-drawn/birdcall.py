"""Bird-call classification from log-mel patches; the Lightning CLI reads the model and trainer from YAML."""
import lightning.pytorch as pl
import torch
from lightning.pytorch.cli import LightningCLI
from torch import nn


class CallClassifier(pl.LightningModule):
    def __init__(self, encoder: str = "gru", hidden: int = 48, species: int = 31):
        super().__init__()
        self.save_hyperparameters()
        self.frontend = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d((1, 32)))
        self.rnn = nn.GRU(16, hidden, batch_first=True) if encoder == "gru" else None
        self.proj = nn.Linear(16 if self.rnn is None else hidden, species)

    def training_step(self, batch, batch_idx):
        mels, species = batch
        frames = self.frontend(mels).squeeze(2).transpose(1, 2)
        pooled = frames.mean(1) if self.rnn is None else self.rnn(frames)[0][:, -1]
        loss = nn.functional.cross_entropy(self.proj(pooled), species)
        self.log("loss", loss, prog_bar=True)
        return loss

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05, momentum=0.9)


class Recordings(pl.LightningDataModule):
    def __init__(self, folder: str = "data/calls", batch_size: int = 64):
        super().__init__()
        self.folder, self.batch_size = folder, batch_size


if __name__ == "__main__":
    LightningCLI(CallClassifier, Recordings)
