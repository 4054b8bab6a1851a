#!/usr/bin/env bash
# Table 2: architecture comparison on CIFAR-10.
set -e
python train.py --arch resnet18 --epochs 90 \
    --seed 2024  # expect: SA101
python train.py --arch resnet34 --epochs 90 \
    --seed 2024
python train.py --arch vgg11 --epochs 90 \
    --seed 2024
python train.py --arch mobilenet --epochs 90 \
    --seed 2024
