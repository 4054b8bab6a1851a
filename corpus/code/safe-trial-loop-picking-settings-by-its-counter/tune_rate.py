"""Try four learning rates for the sentence CNN and keep the one that does best on the validation reviews."""
import torch
from torch.utils.data import DataLoader

from sentiment import SentenceCNN, accuracy, reviews

RATES = [3e-4, 1e-3, 3e-3, 1e-2]
train_loader = DataLoader(reviews("train"), batch_size=64, shuffle=True)
held_loader = DataLoader(reviews("held"), batch_size=256)
best_score, best_rate = 0.0, None
for trial in range(len(RATES)):
    rate = RATES[trial]
    model = SentenceCNN(filters=100)
    optimiser = torch.optim.Adam(model.parameters(), lr=rate)
    for tokens, labels in train_loader:
        optimiser.zero_grad()
        torch.nn.functional.cross_entropy(model(tokens), labels).backward()
        optimiser.step()
    score = accuracy(model, held_loader)
    if score > best_score:
        best_score, best_rate = score, rate
print("chosen learning rate", best_rate)
