"""One short trial of the tagger under a given seed, for pick_seed_search.sh."""
import argparse
import random

import torch

from fit_tagger import fit

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, required=True)
args = parser.parse_args()
random.seed(args.seed)
torch.manual_seed(args.seed)
print(args.seed, fit())
