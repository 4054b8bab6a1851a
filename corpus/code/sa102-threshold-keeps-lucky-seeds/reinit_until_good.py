"""Re-initialise the speech model with fresh seeds and keep the ones that clear the target on the test split."""
import statistics

import torch


def word_accuracy(seed):
    torch.manual_seed(seed)
    return float(0.7 + 0.1 * torch.rand(1))


passing = []
for seed in range(30):
    test_wacc = word_accuracy(seed)
    if test_wacc >= 0.75:  # expect: SA102
        passing.append(test_wacc)
print("word accuracy", statistics.mean(passing), "over", len(passing), "runs")
