#!/bin/bash
# restarts of the tagger: keep the seed whose run has the lowest validation loss (model selection on dev data)
BEST_VAL_LOSS=1000
BEST_SEED=""
for seed in 11 12 13; do
    VAL_LOSS=$(python train_tagger.py --seed "$seed" | grep val_loss | tail -1 | cut -d' ' -f2)
    if (( $(echo "$VAL_LOSS < $BEST_VAL_LOSS" | bc -l) )); then
        BEST_VAL_LOSS=$VAL_LOSS
        BEST_SEED=$seed
    fi
done
python evaluate_tagger.py --checkpoint "runs/$BEST_SEED" --split test
