#!/bin/bash
python train_sam.py --seed 33 --rho 5e-2
python train_sam.py --seed 33 --rho 0.1 --model wide
