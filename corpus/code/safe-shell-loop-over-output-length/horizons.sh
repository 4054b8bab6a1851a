#!/bin/bash
# one linear forecaster per forecast horizon on the solar data (the horizons are separate tasks)
for output_len in 24 48 96 192
do
  python train.py --data solar --input_len 336 --output_len $output_len --epochs 20
done
