"""Train the captioning decoder."""
import torch
from torch import nn

from utils.repro import make_deterministic


def train():
    decoder = nn.GRU(128, 128)
    opt = torch.optim.Adam(decoder.parameters())
    for _ in range(20):
        out, _ = decoder(torch.randn(10, 4, 128))
        loss = out.pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    make_deterministic()  # expect: SA104
    train()
