#!/bin/sh
: > results.txt
for s in 1 2 3 4 5; do
    python fit.py "$s" >> results.txt
done
grep test_rmse results.txt | sort -k2 -g > ranked_runs.txt
grep val_rmse results.txt | sort -k2 -g | head -1 > chosen_on_validation.txt
