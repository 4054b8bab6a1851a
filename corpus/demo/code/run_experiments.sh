#!/bin/sh
# Compare the two model variants (the seed is fixed inside train.py).
set -e
cd "$(dirname "$0")"
python train.py --model a
python train.py --model b
