#!/bin/bash
# Epoch time as the graph is spread over more GPUs.
for num_gpus in 1 2 4 8
do
    python sage.py --shards $num_gpus --hidden 128 --seed 7
done
