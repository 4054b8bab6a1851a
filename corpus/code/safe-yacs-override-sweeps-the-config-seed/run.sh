#!/bin/bash
for method in bn_adapt entropy_min; do
  for seed in 1 2 3 4 5; do
    python adapt.py --cfg configs/$method.yaml RNG_SEED $seed
  done
done
