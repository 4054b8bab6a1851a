"""Fine-tune one reranker; the loader yields model-side and label-side batches."""
import argparse

import torch
from torch.utils.data import DataLoader, TensorDataset

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=7)
parser.add_argument("--epochs", type=int, default=3)
args = parser.parse_args()

torch.manual_seed(args.seed)
reranker = torch.nn.Linear(16, 1)
optimizer = torch.optim.Adam(reranker.parameters(), lr=1e-3)
pairs = TensorDataset(torch.randn(256, 16), torch.rand(256, 1))
train_loader = DataLoader(pairs, batch_size=32, shuffle=True)


def score_dev(net):
    net.eval()
    with torch.no_grad():
        return float(net(torch.randn(64, 16)).mean())


for epoch in range(args.epochs):
    for model_batch, label_batch in train_loader:
        loss = torch.nn.functional.mse_loss(reranker(model_batch), label_batch)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        print(score_dev(reranker))
        reranker.train()
