#!/bin/bash
for optimizer in sgd adam; do
    python train.py --optimizer $optimizer --epochs 20
done
