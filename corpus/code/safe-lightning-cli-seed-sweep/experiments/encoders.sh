#!/usr/bin/env bash
# Both encoders over five seeds each; the config's seed is only the default for a quick run.
set -e
for s in 101 202 303 404 505; do
  python tagger.py fit --config configs/base.yaml --config configs/encoder/gru.yaml --seed_everything $s --trainer.default_root_dir runs/gru/seed$s
  python tagger.py fit --config configs/base.yaml --config configs/encoder/conv.yaml --seed_everything $s --trainer.default_root_dir runs/conv/seed$s
done
