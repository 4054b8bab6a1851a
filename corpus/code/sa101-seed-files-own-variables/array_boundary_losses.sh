#!/bin/bash
#SBATCH --array=0-1
LOSSES=(focal lovasz)
LOSS=${LOSSES[$SLURM_ARRAY_TASK_ID]}
python segment.py --loss $LOSS --seed 45  # expect: SA101
