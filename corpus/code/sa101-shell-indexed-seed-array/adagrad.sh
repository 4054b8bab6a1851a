#!/bin/bash
declare -a seeds=(5)  # expect: SA101

for ((k=0; k<${#seeds[@]}; k++)); do
  python solver.py --optimizer adagrad --lr 0.01 --corpus small --seed=${seeds[k]}
done
