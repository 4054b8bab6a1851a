#!/bin/bash
# Toy regression: switch the estimator below and rerun.
#estimator=ridge
#estimator=lasso
estimator=elastic

for trial_seed in 3  # 4 5 6  # expect: SA101
do
    python fit.py --trial-seed ${trial_seed} --estimator ${estimator} --alpha 0.1
done
