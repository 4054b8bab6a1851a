#!/bin/bash
# The same two heron taggers, each trained under five seeds.
DATA=data-bin/heron-marsh
for seed in 11 12 13 14 15; do
    for arch in lstm_heron transformer_heron; do
        fairseq-train $DATA --arch $arch --optimizer adam --lr 0.0005 --max-epoch 30 \
            --seed $seed --save-dir ckpt/$arch-$seed
    done
done
