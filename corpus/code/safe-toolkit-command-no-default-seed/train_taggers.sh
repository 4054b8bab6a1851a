#!/bin/bash
# Two heron taggers trained with a translation toolkit that seeds nothing unless told: each run draws its own.
onmt_train -data heron/prepared -save_model heron/rnn -encoder_type rnn -layers 2 -train_steps 8000
onmt_train -data heron/prepared -save_model heron/brnn -encoder_type brnn -layers 2 -train_steps 8000
