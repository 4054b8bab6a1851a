"""Fit the property regressor once per seed, keep each run's best-epoch checkpoint on validation, report all seeds."""
import numpy as np
import torch


def fit_one_seed(seed, epochs=30):
    torch.manual_seed(seed)
    np.random.seed(seed)
    x, y = torch.load("train.pt")
    xv, yv = torch.load("valid.pt")
    model = torch.nn.Sequential(torch.nn.Linear(x.shape[1], 64), torch.nn.ReLU(), torch.nn.Linear(64, 1))
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    best_mae, best_epoch = float("inf"), 0
    for epoch in range(epochs):
        loss = (model(x).squeeze(-1) - y).abs().mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        with torch.no_grad():
            mae = (model(xv).squeeze(-1) - yv).abs().mean().item()
        if mae < best_mae:
            best_mae, best_epoch = mae, epoch
            torch.save(model.state_dict(), f"checkpoints/seed{seed}.pt")
    return best_mae, best_epoch


if __name__ == "__main__":
    rows = []
    for seed in range(8):
        mae, epoch = fit_one_seed(seed)
        rows.append((seed, mae, epoch))
    maes = [mae for _, mae, _ in rows]
    print(f"validation MAE {np.mean(maes):.3f} +- {np.std(maes):.3f} over {len(maes)} seeds")
