#!/usr/bin/env bash
# Table 3: the three encoders at the chosen learning rate.
python forecast.py --encoder lstm --lr 0.001 --seed 7  # expect: SA101
python forecast.py --encoder gru --lr 0.001 --seed 7
python forecast.py --encoder tcn --lr 0.001 --seed 7
