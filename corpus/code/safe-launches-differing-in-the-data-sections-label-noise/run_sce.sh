#!/bin/bash
# one method (SCE) under three kinds of label noise
python train_robust.py --config configs/sce_symmetric_0.2.yaml
python train_robust.py --config configs/sce_symmetric_0.5.yaml
python train_robust.py --config configs/sce_asymmetric_0.4.yaml
