#!/bin/bash
declare -a seeds=(5)  # one problem with adagrad.sh: a related place of its finding

for ((k=0; k<${#seeds[@]}; k++)); do
  python solver.py --optimizer sgd --momentum 0.9 --lr 0.05 --corpus small --seed=${seeds[k]}
done
