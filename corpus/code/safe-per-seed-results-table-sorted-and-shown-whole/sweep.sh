#!/bin/bash
for s in $(seq 1 20); do
  python fit.py --seed "$s" --out runs
done
