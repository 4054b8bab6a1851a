#!/bin/bash
# two architectures over the seeds the caller exports, five unless told otherwise
SEEDS=${SEEDS:-"1 2 3 4 5"}
EPOCHS=${EPOCHS:-20}

for seed in $SEEDS; do
    python train.py --arch resnet18 --epochs "$EPOCHS" --seed "$seed"
    python train.py --arch vgg11 --epochs "$EPOCHS" --seed "$seed"
done
