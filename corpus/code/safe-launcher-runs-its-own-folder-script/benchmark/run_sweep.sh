#!/bin/bash
for seed in 3 5 8 13 21; do
  python forecast.py --arch lstm --horizon 6 --seed $seed
  python forecast.py --arch tcn --horizon 6 --seed $seed
done
