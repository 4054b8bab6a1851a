#!/bin/sh
python train.py mlp
python train.py resnet
python train.py wide
