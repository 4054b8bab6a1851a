"""Five seeds of a text classifier, each stopped early on its own dev accuracy; the test mean and spread are reported."""
import statistics

import torch

from textcls import build_classifier, dev_accuracy, test_accuracy, train_one_epoch

test_scores = []
for seed in [0, 1, 2, 3, 4]:
    torch.manual_seed(seed)
    classifier = build_classifier()
    best_dev, stale = 0.0, 0
    for epoch in range(50):
        train_one_epoch(classifier)
        accuracy = dev_accuracy(classifier)
        if accuracy > best_dev:
            best_dev, stale = accuracy, 0
        else:
            stale += 1
        if stale > 5 and accuracy < best_dev:
            break
    test_scores.append(test_accuracy(classifier))
print(statistics.mean(test_scores), statistics.stdev(test_scores))
