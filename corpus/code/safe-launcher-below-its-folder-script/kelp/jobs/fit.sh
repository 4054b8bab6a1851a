#!/bin/bash
# run from the kelp folder: bash jobs/fit.sh smallconv
python train.py --arch $1 --holdout
