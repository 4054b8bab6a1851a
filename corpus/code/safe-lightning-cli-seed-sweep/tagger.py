"""Part-of-speech tagging with Lightning's CLI; every setting comes from YAML configs and the command line."""
import torch
from lightning.pytorch import LightningDataModule, LightningModule
from lightning.pytorch.cli import LightningCLI
from torch import nn


class Tagger(LightningModule):
    def __init__(self, encoder: str = "gru", hidden: int = 64, tags: int = 17, lr: float = 1e-3):
        super().__init__()
        self.save_hyperparameters()
        self.embed = nn.Embedding(30000, hidden)
        self.encoder = nn.GRU(hidden, hidden, batch_first=True) if encoder == "gru" else nn.Identity()
        self.out = nn.Linear(hidden, tags)

    def training_step(self, batch, batch_idx):
        tokens, labels = batch
        states = self.embed(tokens)
        if self.hparams.encoder == "gru":
            states, _ = self.encoder(states)
        loss = nn.functional.cross_entropy(self.out(states).flatten(0, 1), labels.flatten())
        self.log("train_loss", loss)
        return loss

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams.lr)


class Treebank(LightningDataModule):
    def __init__(self, language: str = "en", batch_size: int = 32):
        super().__init__()
        self.save_hyperparameters()


def main():
    LightningCLI(Tagger, Treebank)


if __name__ == "__main__":
    main()
