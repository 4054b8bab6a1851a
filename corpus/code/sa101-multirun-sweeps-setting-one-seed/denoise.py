"""Hydra entry point of the speech denoiser; the pooling layer and width come from the config."""
import hydra
import torch
from torch import nn


@hydra.main(config_path="conf", config_name="denoise", version_base=None)
def main(cfg):
    torch.manual_seed(cfg.run.seed)
    net = nn.Sequential(nn.Conv1d(1, cfg.net.channels, 5), nn.ReLU(), nn.Conv1d(cfg.net.channels, 1, 5))
    opt = torch.optim.AdamW(net.parameters(), lr=2e-4)
    for _ in range(cfg.run.epochs):
        noisy = torch.randn(8, 1, 400)
        loss = net(noisy).abs().mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
