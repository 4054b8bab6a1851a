"""Forecasting experiments: each run is repeated --trials_of_exp times, a fresh model each time, and averaged."""
import argparse
import random

import numpy as np
import torch

from experiments import Experiment

random.seed(2021)
torch.manual_seed(2021)
np.random.seed(2021)

parser = argparse.ArgumentParser()
parser.add_argument("--model", default="DLinear")
parser.add_argument("--horizon", type=int, default=96)
parser.add_argument("--trials_of_exp", type=int, default=1, help="how many times to run the experiment")
args = parser.parse_args()

errors = []
for ii in range(args.trials_of_exp):
    exp = Experiment(args)
    setting = f"{args.model}_h{args.horizon}_{ii}"
    exp.train(setting)
    errors.append(exp.test(setting))
print(args.model, np.mean(errors), np.std(errors))
