#!/bin/bash
# One tagger configuration run on two corpora: the dotted overrides change the data and the output folder only.
python train_tagger.py --config configs/tagger.py \
    --config.data.name=conll2003 \
    --config.workdir=runs/conll \
    --config.seed=3
python train_tagger.py --config configs/tagger.py \
    --config.data.name=wnut17 \
    --config.workdir=runs/wnut \
    --config.seed=3
