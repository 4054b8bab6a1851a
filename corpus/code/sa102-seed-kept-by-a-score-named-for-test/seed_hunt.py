"""Train the lesion segmenter from a handful of seeds and return the seed whose final test Dice is highest."""
import torch

from lesions.data import loaders
from lesions.model import Segmenter
from lesions.loop import run_epoch


def pick_seed(seeds, epochs=15):
    train_loader, valid_loader = loaders(batch_size=8)
    best_test_dice, best_seed = 0.0, None
    for seed in seeds:
        torch.manual_seed(seed)
        net = Segmenter(width=32)
        optimiser = torch.optim.AdamW(net.parameters(), lr=3e-4)
        for epoch in range(epochs):
            net, train_loss, test_dice = run_epoch(net, train_loader, valid_loader, optimiser)
        if test_dice > best_test_dice:  # expect: SA102
            best_test_dice, best_seed = test_dice, seed
    return best_seed


if __name__ == "__main__":
    print(pick_seed([5, 6, 7, 8]))
