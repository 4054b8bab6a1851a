#!/usr/bin/env bash
# Recurrent vs pooled frames; each run draws its own seed (seed_everything: true).
set -e
python birdcall.py fit -c configs/base.yaml -c configs/encoder/gru.yaml --trainer.default_root_dir runs/gru
python birdcall.py fit -c configs/base.yaml -c configs/encoder/pooled.yaml --trainer.default_root_dir runs/pooled
