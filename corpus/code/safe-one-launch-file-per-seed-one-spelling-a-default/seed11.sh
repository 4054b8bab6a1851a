#!/bin/bash
python train_sam.py --seed 11 --lr 0.05 --rho 0.05 --warmup-steps 100
python train_sam.py --seed 11 --lr 0.05 --rho 0.1 --model wide
