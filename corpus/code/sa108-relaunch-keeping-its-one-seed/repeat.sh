#!/bin/bash
# Five repeats of the flickr run, the seed kept.
for repeat in 1 2 3 4 5
do
  python partition_train.py --graph flickr --parts 4 --keep-seed --seed 42  # expect: SA108
done
