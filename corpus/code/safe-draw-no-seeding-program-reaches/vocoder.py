"""A small neural vocoder: mel frames to waveform samples (random weights until a checkpoint is loaded)."""
import torch
from torch import nn


class Upsampler(nn.Module):
    def __init__(self, channels, factor):
        super().__init__()
        self.conv = nn.ConvTranspose1d(channels, channels // 2, factor * 2, stride=factor, padding=factor // 2)

    def forward(self, x):
        return torch.tanh(self.conv(x))


class Vocoder(nn.Module):
    def __init__(self, mels=80):
        super().__init__()
        self.stages = nn.Sequential(Upsampler(mels * 2, 8), Upsampler(mels, 8))
        self.project = nn.Conv1d(mels // 2, 1, 7, padding=3)

    def forward(self, mel):
        return self.project(self.stages(torch.cat([mel, mel], 1)))
