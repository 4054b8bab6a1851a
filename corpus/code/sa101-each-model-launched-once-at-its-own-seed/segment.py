"""Train one segmentation network on one organ data set; Hydra composes the run's settings from conf/."""
import hydra
import torch
from omegaconf import DictConfig

from organs import build_net, organ_loaders


@hydra.main(config_path="conf", config_name="base", version_base=None)
def main(cfg: DictConfig) -> None:
    torch.manual_seed(cfg.seed)
    net = build_net(cfg.net, width=cfg.width)
    optimiser = torch.optim.Adam(net.parameters(), lr=cfg.lr)
    train, held = organ_loaders(cfg.organ, cfg.batch)
    for _ in range(cfg.epochs):
        for image, mask in train:
            optimiser.zero_grad()
            torch.nn.functional.binary_cross_entropy_with_logits(net(image), mask).backward()
            optimiser.step()
    print(cfg.net, net.dice(held))


if __name__ == "__main__":
    main()
