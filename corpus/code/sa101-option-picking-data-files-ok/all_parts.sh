#!/bin/bash
# the same forecaster on each partition; the larger partitions get more steps
python train_shard.py --part 1 --steps 200 --seed 5
python train_shard.py --part 2 --steps 500 --seed 5
python train_shard.py --part 3 --steps 300 --seed 5
