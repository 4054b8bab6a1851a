#!/usr/bin/env bash
SEEDS=(0 1 2 3 4)
for seed in "${SEEDS[@]}"; do
  for arch in resnet18 resnet34 vgg11; do
    python train.py --arch "$arch" --seed "$seed" --epochs 90
  done
done
