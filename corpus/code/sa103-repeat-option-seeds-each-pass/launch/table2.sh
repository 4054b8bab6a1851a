#!/usr/bin/env bash
# Table 2: our transformer against two convolutional baselines
python train_kws.py --arch kwt_tiny --lr 0.01 --rounds 5
python train_kws.py --arch tc_resnet --rounds 1  # expect: SA103
python train_kws.py --arch ds_cnn --rounds 1  # expect: SA103
