#!/bin/bash
# Two heron taggers trained with the installed sequence toolkit's own training command; no seed is passed,
# so both train at the toolkit's default seed.
DATA=data-bin/heron-marsh
CUDA_VISIBLE_DEVICES=0 fairseq-train $DATA --arch lstm_heron --optimizer adam --lr 0.0005 --save-dir ckpt/lstm  # expect: SA101
CUDA_VISIBLE_DEVICES=0 fairseq-train $DATA --arch transformer_heron --optimizer adam --lr 0.0005 --save-dir ckpt/transformer
