#!/bin/bash
# the chosen setting of the adapter method, over ten seeds
for seed in 1111 2222 3333 4444 5555 6666 7777 8888 9999 1010
do
  python run.py --method adapter --task rte --lr 1e-4 --batch_size 16 --epochs 20 --seed $seed --out final/adapter-$seed
done
