#!/bin/bash
python train_sam.py --seed 22 --rho 0.05
python train_sam.py --seed 22 --model wide
