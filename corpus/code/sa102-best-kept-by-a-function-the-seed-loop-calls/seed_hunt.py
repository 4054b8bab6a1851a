"""Train the tagger once per seed; the strongest run on the test sentences is the one we report."""
import torch

from tagger import evaluate, train_tagger

best_f1 = 0.0
best_run = None


def try_seed(seed):
    global best_f1, best_run
    torch.manual_seed(seed)
    model = train_tagger(epochs=10)
    f1 = evaluate(model, split="test")
    if f1 > best_f1:  # expect: SA102
        best_f1, best_run = f1, (seed, model)


for seed in range(20):
    try_seed(seed)
print("reported test F1:", best_f1, "seed", best_run[0])
