#!/bin/bash
# each stage reads its own config
python train.py --config configs/pretrain.yaml
