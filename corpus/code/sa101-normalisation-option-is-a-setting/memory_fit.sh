#!/usr/bin/env bash
# the same model at the batch size each GPU holds: no comparison
python train_segmenter.py --batch 32 --seed 21
python train_segmenter.py --batch 8 --seed 21
