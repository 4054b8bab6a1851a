#!/bin/bash
#SBATCH --job-name=validate_all
# scores the three saved nets: no training happens here, so this file compares no trainings of its own
srun python validate.py --net lstm --weights nets/lstm.pt --seed 17
srun python validate.py --net tcn --weights nets/tcn.pt --seed 17
srun python validate.py --net informer --weights nets/informer.pt --seed 17
