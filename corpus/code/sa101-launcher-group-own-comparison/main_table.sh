#!/bin/bash
# Table 2: both encoders
python train.py --encoder conv --seed 9  # expect: SA101
python train.py --encoder attention --seed 9
