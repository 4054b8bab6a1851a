#!/bin/bash
# Train every decoder over five seeds; the table reports mean and spread of the validation mIoU.
EPOCHS=30

train_decoder() {
    local decoder=$1
    local seed=$2
    python fit_segmenter.py --decoder "$decoder" --epochs "$EPOCHS" --seed "$seed" --out "results/$decoder/$seed"
}

for seed in 1 2 3 4 5; do
    train_decoder linear "$seed"
    train_decoder aspp "$seed"
    train_decoder fpn "$seed"
done
