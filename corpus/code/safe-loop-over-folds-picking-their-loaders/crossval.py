"""Five-fold cross-validation of one autoencoder: the same model trained once per fold, scores averaged."""
import torch
from torch import nn

from folds import make_fold_loaders

torch.manual_seed(0)  # expect: SA104
train_loaders, valid_loaders = make_fold_loaders("spectra.npy", folds=5)


def fit(model, loader, epochs=20):
    adam = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        for batch in loader:
            loss = nn.functional.mse_loss(model(batch), batch)
            adam.zero_grad()
            loss.backward()
            adam.step()
    return model


scores = []
for part in [0, 1, 2, 3, 4]:
    model = fit(nn.Sequential(nn.Linear(128, 16), nn.ReLU(), nn.Linear(16, 128)), train_loaders[part])
    print(f"part{part}", end=" ")
    with torch.no_grad():
        scores.append(sum(nn.functional.mse_loss(model(b), b).item() for b in valid_loaders[part]))
print(sum(scores) / len(scores))
