"""Pool-based active learning: grow the labelled set by a strategy, retrain, and report mean and spread of the
final accuracy over the repeated rounds."""
import numpy as np
import torch

import options
from learner import SmallNet, fit_classifier, accuracy, pick

opts = options.parse()
np.random.seed(20)  # expect: SA101
torch.manual_seed(20)

pool, labels, test = np.load("pool.npy"), np.load("labels.npy"), np.load("test.npz")
finals = []
left = opts.rounds
while left > 0:
    left -= 1
    labelled = np.random.choice(len(pool), 50, replace=False)
    while len(labelled) < opts.budget:
        net = SmallNet(pool.shape[1], int(labels.max()) + 1)
        fit_classifier(net, pool[labelled], labels[labelled])
        labelled = np.concatenate([labelled, pick(opts.strategy, net, pool, labelled, 50)])
    finals.append(accuracy(net, test["x"], test["y"]))
print(f"{opts.strategy}: accuracy {np.mean(finals):.3f} +- {np.std(finals):.3f} over {len(finals)} rounds")
