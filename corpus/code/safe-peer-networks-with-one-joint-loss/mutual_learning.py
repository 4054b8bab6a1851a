"""Deep mutual learning: two peer networks, each trained on the labels and on the other's softened predictions."""
import argparse

import torch
from torch import nn
from torch.nn import functional as F


def mutual_losses(logits_a, logits_b, labels, temperature=2.0):
    soft_a = F.log_softmax(logits_a / temperature, dim=1)
    soft_b = F.log_softmax(logits_b / temperature, dim=1)
    loss_a = F.cross_entropy(logits_a, labels) + F.kl_div(soft_a, soft_b.detach(), log_target=True, reduction="batchmean")
    loss_b = F.cross_entropy(logits_b, labels) + F.kl_div(soft_b, soft_a.detach(), log_target=True, reduction="batchmean")
    return loss_a, loss_b


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args()
    torch.manual_seed(2021)  # expect: SA104
    peer_model_a = nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
    peer_model_b = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
    opt_a = torch.optim.SGD(peer_model_a.parameters(), lr=0.05)
    opt_b = torch.optim.SGD(peer_model_b.parameters(), lr=0.05)
    for _ in range(args.epochs):
        images, labels = torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,))
        out_a = peer_model_a(images)
        out_b = peer_model_b(images)
        loss_a, loss_b = mutual_losses(out_a, out_b, labels)
        opt_a.zero_grad()
        loss_a.backward()
        opt_a.step()
        opt_b.zero_grad()
        loss_b.backward()
        opt_b.step()
    print(f"peer losses {loss_a.item():.3f} {loss_b.item():.3f}")


if __name__ == "__main__":
    main()
