#!/usr/bin/env bash
# The span objective; any extra options given to this script are handed on.
run_seed=4
python pretrain.py \
    --objective span \
    --out_dir checkpoints/span.$run_seed \
    --seed $run_seed "$@"  # one problem with pairwise.sh: a related place of its finding
