#!/bin/bash
#SBATCH --array=0-1
LOSSES=(dice tversky)
LOSS=${LOSSES[$SLURM_ARRAY_TASK_ID]}
python segment.py --loss $LOSS --seed 44  # expect: SA101
