#!/bin/sh
# one sampled negative per interaction, both models
for model in mf deepmf; do
    python main.py --model $model --sampling 1 --seed 2020  # expect: SA101
done
