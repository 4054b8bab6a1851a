#!/bin/bash
for model in DLinear PatchTST; do
  python run.py --model $model --horizon 96 --trials_of_exp 5
done
