#!/bin/bash
# the one model, trained on each data set by its own script
python train_mnist.py --seed 0
python train_cifar.py --seed 0
