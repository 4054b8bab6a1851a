#!/usr/bin/env bash
# The pairwise objective; any extra options given to this script are handed on.
run_seed=4  # expect: SA101
python pretrain.py \
    --objective pairwise \
    --out_dir checkpoints/pairwise.$run_seed \
    --seed $run_seed "$@"
