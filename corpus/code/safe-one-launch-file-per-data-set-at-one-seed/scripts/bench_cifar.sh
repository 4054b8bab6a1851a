#!/bin/bash
python train_cifar.py --epochs 30 --seed 7
