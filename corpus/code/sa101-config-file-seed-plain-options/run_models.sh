#!/usr/bin/env bash
# Table 2: the three rating models on the shared settings.
python fit.py -c configs/ratings.yaml --model factor_machine  # expect: SA101
python fit.py -c configs/ratings.yaml --model two_tower
python fit.py -c configs/ratings.yaml --model wide_deep
