#!/bin/bash
# final runs: three repeats of every model
for model in DLinear PatchTST; do
    python run.py --model $model --trials_of_exp 3
done

# learning-rate search: one repeat per value
for lr in 0.0001 0.001 0.01; do
    python run.py --model PatchTST --lr $lr --trials_of_exp 1
done
