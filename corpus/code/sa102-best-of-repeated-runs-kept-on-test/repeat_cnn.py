"""Train the sentence CNN five times and keep the run that does best on the test reviews."""
import torch
from torch.utils.data import DataLoader

from sentiment import SentenceCNN, accuracy, reviews

train_loader = DataLoader(reviews("train"), batch_size=64, shuffle=True)
test_loader = DataLoader(reviews("test"), batch_size=256)
best_acc, best_state = 0.0, None
for run in range(5):
    model = SentenceCNN(filters=100)
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    for tokens, labels in train_loader:
        optimiser.zero_grad()
        torch.nn.functional.cross_entropy(model(tokens), labels).backward()
        optimiser.step()
    test_acc = accuracy(model, test_loader)
    if test_acc > best_acc:  # expect: SA102
        best_acc, best_state = test_acc, model.state_dict()
print(f"test accuracy (best of 5 runs): {best_acc:.3f}")
torch.save(best_state, "sentence_cnn.pt")
