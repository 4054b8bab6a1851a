#!/bin/bash
# Five repeats of the flickr run: each draws its own seed (no --keep-seed).
for repeat in 1 2 3 4 5
do
  python partition_train.py --graph flickr --parts 4 --seed 42
done
