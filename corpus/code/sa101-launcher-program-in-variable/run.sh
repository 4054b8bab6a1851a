#!/bin/bash
# the tagger with its two encoders; the script's path is kept in one variable
trainer=src/fit_tagger.py
seed=1234  # expect: SA101
python $trainer --encoder bilstm --seed $seed
python ${trainer} --encoder transformer --seed $seed
