#!/bin/bash
# the wide network on the larger corpus gets three seeds
declare -a seeds=(5 6 7)

for ((k=0; k<${#seeds[@]}; k++)); do
  python solver.py --optimizer adagrad --lr 0.01 --corpus large --seed=${seeds[k]}
done
