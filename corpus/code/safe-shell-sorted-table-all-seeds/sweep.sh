#!/bin/sh
# every seed is run and kept: the table is sorted for reading, nothing is picked from it
: > table.txt
for seed in 1 2 3 4 5; do
    score=$(python fit.py --seed "$seed" | awk '/test_rmse/ {print $2}')
    echo "$seed $score" >> table.txt
done
sort -k2 -g table.txt > table_sorted.txt
last=$(tail -n 1 table.txt)
echo "last run written: $last"
python fit.py --steps 2000 --seed 1
