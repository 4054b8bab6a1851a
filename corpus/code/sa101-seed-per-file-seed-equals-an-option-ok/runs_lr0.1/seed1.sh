#!/bin/bash
# seed 1 of three; two epochs each
python train.py --lr 0.1 --epochs 2 --seed 1
