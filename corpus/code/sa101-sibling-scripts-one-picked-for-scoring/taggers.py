"""The two rival part-of-speech taggers of the comparison."""
from torch import nn


class RecurrentTagger(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.embed = nn.Embedding(5000, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 17)

    def forward(self, words):
        states, _ = self.rnn(self.embed(words))
        return self.out(states)


class ConvolutionalTagger(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.embed = nn.Embedding(5000, 64)
        self.conv = nn.Conv1d(64, 64, width, padding=width // 2)
        self.out = nn.Linear(64, 17)

    def forward(self, words):
        return self.out(self.conv(self.embed(words).transpose(1, 2)).transpose(1, 2))
