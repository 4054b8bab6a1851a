#!/bin/bash
seed=7
for data in thyroid arrhythmia cardio
do
  python detect_autoencoder.py --dataset $data --seed $seed  # expect: SA101
done
