"""Train the item-embedding recommender at its one fixed seed and plot its item embeddings."""
import matplotlib.pyplot as plt
import torch
from sklearn.manifold import TSNE
from torch import nn


def plot_items(embeddings, path):
    points = TSNE(n_components=2, random_state=0).fit_transform(embeddings)
    plt.scatter(points[:, 0], points[:, 1], s=2)
    plt.savefig(path)


def main():
    torch.manual_seed(3)  # expect: SA104
    ratings = torch.load("data/ratings.pt")
    users = nn.Embedding(int(ratings[:, 0].max()) + 1, 32)
    items = nn.Embedding(int(ratings[:, 1].max()) + 1, 32)
    optimiser = torch.optim.Adam([*users.parameters(), *items.parameters()], lr=1e-2)
    for _ in range(50):
        optimiser.zero_grad()
        predicted = (users(ratings[:, 0].long()) * items(ratings[:, 1].long())).sum(1)
        nn.functional.mse_loss(predicted, ratings[:, 2]).backward()
        optimiser.step()
    plot_items(items.weight.detach().numpy(), "figures/items.png")


if __name__ == "__main__":
    main()
