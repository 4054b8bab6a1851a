#!/bin/bash
# Both channel widths over five seeds, then the cross-seed similarity of each width's messages.
for seed in 1 2 3 4 5
do
    python train.py --seed $seed --channels 2
    python train.py --seed $seed --channels 4
done

python similarity.py --channels 2
python similarity.py --channels 4
