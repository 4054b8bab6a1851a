#!/bin/bash
# one run per architecture, all at the seed given with the option's short spelling
python train_kws.py -a ds_cnn -r 9 -e 40  # expect: SA101
python train_kws.py -a crnn -r 9 -e 40
python train_kws.py -a tc_resnet -r 9 -e 40
