"""Encoders and the intent classifier built on them."""
import pytorch_lightning as pl
import torch
from torch import nn

ENCODERS = {"cnn": lambda: nn.Conv1d(300, 256, 3, padding=1), "bilstm": lambda: nn.LSTM(300, 128, bidirectional=True),
            "transformer": lambda: nn.TransformerEncoder(nn.TransformerEncoderLayer(300, 6), 2)}


class IntentModel(pl.LightningModule):
    def __init__(self, encoder, head, lr):
        super().__init__()
        self.encoder = ENCODERS[encoder]()
        self.head = nn.Linear(256 if encoder != "transformer" else 300, 21)
        self.lr = lr

    def training_step(self, batch, _):
        x, y = batch
        return nn.functional.cross_entropy(self.head(self.encoder(x).mean(1)), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)


def intent_data():
    train = torch.load("data/intents_train.pt")
    test = torch.load("data/intents_test.pt")
    return torch.utils.data.DataLoader(train, batch_size=64, shuffle=True), torch.utils.data.DataLoader(test, batch_size=256)
