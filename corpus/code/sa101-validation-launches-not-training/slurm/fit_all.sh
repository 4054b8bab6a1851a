#!/bin/bash
#SBATCH --job-name=fit_all
srun python fit.py --net lstm --seed 17 --save nets/lstm.pt  # expect: SA101
srun python fit.py --net tcn --seed 17 --save nets/tcn.pt
srun python fit.py --net informer --seed 17 --save nets/informer.pt
