#!/bin/bash
# the headline model; edit the path for the others
python train.py --config configs/tdnn.yaml
