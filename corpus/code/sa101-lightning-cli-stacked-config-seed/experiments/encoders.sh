#!/usr/bin/env bash
# Table 3: recurrent vs convolutional encoder, paper settings.
set -e
python forecast.py fit -c configs/base.yaml -c configs/paper.yaml --config configs/encoder/gru.yaml --trainer.default_root_dir runs/gru  # expect: SA101
python forecast.py fit -c configs/base.yaml -c configs/paper.yaml --config configs/encoder/conv.yaml --trainer.default_root_dir runs/conv
python forecast.py test -c configs/base.yaml -c configs/paper.yaml --config configs/encoder/conv.yaml --ckpt_path runs/conv/last.ckpt
