#!/bin/bash
# every augmentation at seed 13; the sibling files run the other seeds
AUGMENTS="none flip crop"
for augment in $AUGMENTS; do
    python train.py --augment $augment --lr 0.05 --seed 13
done
