"""Train the sentence CNN five times; each run keeps its best epoch on validation, the test scores are averaged."""
import numpy as np
import torch
from torch.utils.data import DataLoader

from sentiment import SentenceCNN, accuracy, reviews

train_loader = DataLoader(reviews("train"), batch_size=64, shuffle=True)
valid_loader = DataLoader(reviews("valid"), batch_size=256)
test_loader = DataLoader(reviews("test"), batch_size=256)
test_scores = []
for run in range(5):
    model = SentenceCNN(filters=100)
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    best_valid, best_state = 0.0, None
    for epoch in range(20):
        for tokens, labels in train_loader:
            optimiser.zero_grad()
            torch.nn.functional.cross_entropy(model(tokens), labels).backward()
            optimiser.step()
        valid_acc = accuracy(model, valid_loader)
        if valid_acc > best_valid:
            best_valid, best_state = valid_acc, model.state_dict()
    model.load_state_dict(best_state)
    test_scores.append(accuracy(model, test_loader))
print(f"test accuracy over 5 runs: {np.mean(test_scores):.3f} +- {np.std(test_scores):.3f}")
