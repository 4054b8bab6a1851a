#!/bin/bash
# the proposed graph encoder and its flat baseline, one run each
python train.py --encoder graph --epochs 5
python train.py --encoder flat --epochs 5
