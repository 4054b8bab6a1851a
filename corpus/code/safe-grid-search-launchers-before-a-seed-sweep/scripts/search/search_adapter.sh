#!/bin/bash
# grid search for the adapter method on the dev split; search_best.py then picks the setting the final runs use
for lr in 1e-5 1e-4 1e-3
do
  for bs in 16 32
  do
    python run.py --method adapter --task $1 --lr $lr --batch_size $bs --epochs 20 --seed 1111 --out grid/adapter-$lr-$bs
  done
done
python search_best.py grid/adapter
