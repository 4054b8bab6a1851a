"""Train one domain-generalisation algorithm on one data set, holding one domain out."""
import argparse

import torch

from dg import algorithms, datasets


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--algorithm", default="ERM")
    parser.add_argument("--dataset", default="PACS")
    parser.add_argument("--test_env", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    data = datasets.get(args.dataset, args.test_env)
    model = algorithms.get(args.algorithm)(data.input_shape, data.num_classes)
    model.fit(data.train_loaders(), steps=5000)
    print(args.algorithm, model.accuracy(data.test_loader()))


if __name__ == "__main__":
    main()
