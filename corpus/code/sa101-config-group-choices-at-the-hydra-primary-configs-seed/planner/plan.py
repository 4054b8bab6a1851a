"""Train the path planner's surrogate with the model variant the config group chooses."""
import hydra
import torch
from omegaconf import DictConfig


@hydra.main(version_base=None, config_path="conf", config_name="main")
def main(cfg: DictConfig) -> None:
    torch.manual_seed(cfg.seed)
    width = max(cfg.model.latent, 1)
    surrogate = torch.nn.Sequential(torch.nn.Linear(2, width), torch.nn.Tanh(), torch.nn.Linear(width, 1))
    optimiser = torch.optim.Adam(surrogate.parameters(), lr=1e-2)
    for step in range(cfg.steps):
        points = torch.rand(64, 2)
        loss = (surrogate(points).squeeze(-1) - points.sum(-1).sin()).pow(2).mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    print(cfg.model.name, loss.item())


if __name__ == "__main__":
    main()
