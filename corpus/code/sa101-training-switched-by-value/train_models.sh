#!/bin/bash
python main.py --model gcn --seed 3 --eval False --ckpt ckpt/gcn.pt  # expect: SA101
python main.py --model sage --seed 3 --eval False --ckpt ckpt/sage.pt
