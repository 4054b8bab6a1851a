import argparse

import numpy as np
import torch
from sklearn.model_selection import train_test_split
from torch.utils.data import TensorDataset, random_split


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    features = np.load("features.npy")
    labels = np.load("labels.npy")
    X_train, X_test, y_train, y_test = train_test_split(features, labels, test_size=0.2)
    train = TensorDataset(torch.from_numpy(X_train), torch.from_numpy(y_train))
    train_part, val_part = random_split(train, [0.9, 0.1])
    print(len(train_part), len(val_part), len(X_test))


if __name__ == "__main__":
    main()
