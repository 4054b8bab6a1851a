#!/bin/bash
# fit both taggers of the comparison, then score the one named by --which
python fit_recurrent.py --hidden 80
python fit_convolutional.py --width 5
python score_tagger.py --which recurrent
python score_tagger.py --which convolutional
