#!/bin/bash
# node classification baselines on Cora
python baselines/train_gcn.py --dataset cora --seed 0  # expect: SA101
python baselines/train_gat.py --dataset cora --seed 0
