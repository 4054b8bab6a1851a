#!/bin/bash
# one job per seed; the cluster exports PROJECT_HOME
export WORK=${PROJECT_HOME}/tagger
seed=2
python $WORK/train.py --lr 0.1 --corpus $WORK/data/train.txt --seed $seed
