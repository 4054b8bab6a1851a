#!/bin/bash
seed=7  # expect: SA101
for data in thyroid arrhythmia cardio
do
  python detect_autoencoder.py --dataset $data --seed $seed
done
