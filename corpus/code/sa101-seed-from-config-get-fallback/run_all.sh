#!/bin/bash
python fit.py --config configs/mlp.yaml
python fit.py --config configs/deep_tanh.yaml
