"""Train one speech recogniser from the recipe file named on the command line."""
import random
import sys

import torch
import yaml

if __name__ == "__main__":
    recipe_path = sys.argv[sys.argv.index("--recipe") + 1]
    recipe = yaml.safe_load(open(recipe_path))
    seed = recipe["trainer"]["seed"]
    random.seed(seed)
    torch.manual_seed(seed)
    print("training", recipe["model"], "with", recipe["trainer"]["loss"])
