#!/bin/bash
for seed in 1 2 3 4 5; do
    python train.py --arch resnet18 --seed $seed
    python train.py --arch vgg11 --seed $seed
done
exit 0

# kept for later: a quick look at two more architectures
python train.py --arch mobilenet --seed 0
python train.py --arch resnet34 --seed 0
