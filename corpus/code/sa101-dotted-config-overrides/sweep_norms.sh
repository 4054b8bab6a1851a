#!/bin/bash
# Normalisation study on a small speech encoder: layer norm against RMS norm, absl/ml_collections overrides.
set -e
for width in 256 512; do
  python train_encoder.py --config configs/encoder.py \
      --config.model.width="$width" \
      --config.model.norm=layer \
      --config.workdir="runs/layer_$width" \
      --config.seed=7  # expect: SA101
  python train_encoder.py --config configs/encoder.py \
      --config.model.width="$width" \
      --config.model.norm=rms \
      --config.workdir="runs/rms_$width" \
      --config.seed=7
done
