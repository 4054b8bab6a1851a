#!/bin/bash
# robustness of the two trained checkpoints; no training here
python main.py --model gcn --seed 8 --train False --ckpt ckpt/gcn.pt
python main.py --model sage --seed 8 --train False --ckpt ckpt/sage.pt
