#!/bin/bash
# both feature sets over five seeds; the script's path is kept in one variable
script="src/train_classifier.py"
for seed in 11 12 13 14 15; do
  python $script --features bow --seed $seed
  python ${script} --features embed --seed $seed
done
