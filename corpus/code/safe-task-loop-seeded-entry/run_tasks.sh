#!/usr/bin/env bash
# one model, several datasets, spread over the GPUs (a loop over tasks, not a comparison)
gpu=0
for data in cifar10 cifar100 svhn; do
  CUDA_VISIBLE_DEVICES=$gpu python train.py --arch resnet18 --data $data &
  gpu=$((gpu + 1))
done
wait
