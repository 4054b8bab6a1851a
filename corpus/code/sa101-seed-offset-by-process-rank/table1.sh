#!/bin/bash
# Table 1: the two encoders at two CTC weights.
torchrun --nproc_per_node 8 train_asr.py --encoder conformer --ctc_weight 0.3
torchrun --nproc_per_node 8 train_asr.py --encoder conformer --ctc_weight 0.5
torchrun --nproc_per_node 8 train_asr.py --encoder transformer --ctc_weight 0.3
