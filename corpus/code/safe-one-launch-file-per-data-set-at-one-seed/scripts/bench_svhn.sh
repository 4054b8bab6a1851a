#!/bin/bash
python train_svhn.py --epochs 30 --seed 7
