#!/bin/bash
# run from the coral folder: bash jobs/fit.sh smallconv
python train.py --arch $1
