#!/bin/bash
# Train every decoder once and collect the validation mIoU of each in results/.
SEED=3  # expect: SA101
EPOCHS=30

train_decoder() {
    local decoder=$1
    shift
    local cmd=(
        python fit_segmenter.py
        --decoder "$decoder"
        --epochs "$EPOCHS"
        --seed "$SEED"
        --out "results/$decoder"
    )
    if [ "$#" -gt 0 ]; then
        cmd+=("$@")
    fi
    echo "[start] $decoder"
    "${cmd[@]}" || return 1
}

train_decoder linear
train_decoder aspp \
    --loss focal
train_decoder fpn --loss dice
