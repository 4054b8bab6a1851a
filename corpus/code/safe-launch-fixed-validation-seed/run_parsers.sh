#!/bin/bash
# both scorers, three training seeds each; the validation batches stay the same across runs
for seed in 11 12 13; do
  python train_parser.py --valid-seed 7 --arch biaffine --seed $seed
  python train_parser.py --valid-seed 7 --arch mlp --seed $seed
done
