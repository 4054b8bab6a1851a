"""Calibrate the quantised network on one stored batch; the batch index is left as a draw from a range that the
ImageNet setting narrows to its only stored batch."""
import pickle
import random

import numpy as np
import torch


def stored_batch(dataset):
    if dataset == "imagenet":
        index = random.randint(0, 0)
    else:
        raise ValueError(f"no stored batches for {dataset}")
    with open(f"calibration/{dataset}_{index}.pkl", "rb") as handle:
        return pickle.load(handle)


def main(seed=1005):
    torch.manual_seed(seed)
    np.random.seed(seed)
    images, _ = stored_batch("imagenet")
    model = torch.load("models/resnet18_w4a4.pt")
    with torch.no_grad():
        model(images)
    torch.save(model.state_dict(), "models/resnet18_w4a4_calibrated.pt")


if __name__ == "__main__":
    main()
