"""Every seed's accuracy, with the weakest seed named to make the spread visible."""
import torch

from probe import train_probe

results = []
for seed in (11, 22, 33, 44, 55):
    torch.manual_seed(seed)
    accuracy = train_probe(epochs=20)
    results.append((seed, accuracy))

worst_seed, worst_accuracy = min(results, key=lambda pair: pair[1])
print(results)
print(f"weakest seed {worst_seed}: {worst_accuracy:.3f}")
