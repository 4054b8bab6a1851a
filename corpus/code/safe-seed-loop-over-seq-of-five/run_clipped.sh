#!/bin/sh
update="clipped"
seed_max=5
echo "update is ${update}, max seed is ${seed_max}"
for seed in $(seq ${seed_max}); do
    python train.py --update ${update} --seed ${seed}
done
