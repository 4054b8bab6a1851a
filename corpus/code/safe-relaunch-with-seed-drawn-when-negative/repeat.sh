#!/bin/bash
# five independent runs: train.py draws a fresh seed when none is given
for run in 1 2 3 4 5; do
    python train.py --episodes 300
done
