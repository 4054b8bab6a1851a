#!/bin/bash
# hyper-parameter search for our algorithm
python -m tools.sweep --algorithms DomainMix --datasets PACS --n_settings 20 --n_trials 3

# single run, to check the setup
python train.py --algorithm DomainMix --dataset PACS --test_env 1 --seed 0
