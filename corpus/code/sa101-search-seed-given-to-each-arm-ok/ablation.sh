#!/bin/bash
python tune.py --arm full --trials 60 --hpo-seed 0
python tune.py --arm no_aux_loss --trials 60 --hpo-seed 0
python tune.py --arm no_pretraining --trials 60 --hpo-seed 0
