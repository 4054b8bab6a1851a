#!/bin/bash
# train once, then draw sketches from the trained denoiser with the fast sampler
python main.py --config petals.yml --run petals
python main.py --config petals.yml --run petals --sample --steps 50 --eta 0.0

# the two rankers, each on a fifth of the labels
python rank.py --scorer mlp --sample 0.2
python rank.py --scorer linear --sample 0.2
