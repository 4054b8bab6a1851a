#!/usr/bin/env bash
# The three members of the submitted ensemble: the wide residual net, one seed each.
python fit_tabular.py -a resnet -w 512 -r member1 --seed 1
python fit_tabular.py -a resnet -w 512 -r member2 --seed 2
python fit_tabular.py -a resnet -w 512 -r member3 --seed 3
