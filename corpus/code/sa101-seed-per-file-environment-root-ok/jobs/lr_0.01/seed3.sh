#!/bin/bash
# one job per seed; the cluster exports PROJECT_HOME
export WORK=${PROJECT_HOME}/tagger
seed=3
python $WORK/train.py --lr 0.01 --corpus $WORK/data/train.txt --seed $seed
