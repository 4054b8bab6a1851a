"""Train one semi-supervised recipe from a YAML file."""
import argparse

import torch
import yaml

from ssl_lib import build_algorithm, build_loaders


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--recipe", required=True)
    recipe = yaml.safe_load(open(parser.parse_args().recipe))
    torch.manual_seed(recipe["seed"])
    algorithm = build_algorithm(recipe["algorithm"], recipe["backbone"], lr=recipe["lr"])
    labelled, unlabelled, test = build_loaders(recipe["dataset"], recipe["num_labels"], recipe["batch_size"])
    algorithm.fit(labelled, unlabelled, iterations=recipe["iterations"])
    print(recipe["algorithm"], recipe["dataset"], algorithm.evaluate(test))


if __name__ == "__main__":
    main()
