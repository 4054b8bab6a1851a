#!/usr/bin/env bash
# Table 2: the three architectures at the default width.
python fit_tabular.py -a linear -w 256 -r linear --seed 0  # expect: SA101
python fit_tabular.py -a mlp -w 256 -r mlp --seed 0
python fit_tabular.py -a resnet -w 256 -r resnet --seed 0
