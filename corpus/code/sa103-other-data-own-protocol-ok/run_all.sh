#!/bin/bash
# one method, every benchmark of the paper
python train.py --dataset rotated_mnist --lr 0.03
python train.py --dataset split_cifar --lr 0.01
python stream_protocol.py --dataset core50 --lr 0.003 --n_runs 5
