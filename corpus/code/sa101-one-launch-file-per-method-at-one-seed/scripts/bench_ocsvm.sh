#!/bin/bash
seed=7
for data in thyroid arrhythmia cardio
do
  python detect_ocsvm.py --dataset $data --seed $seed
done
