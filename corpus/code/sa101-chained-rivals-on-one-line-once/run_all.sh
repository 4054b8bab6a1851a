#!/bin/bash
# every method with 200 labelled reviews, one after the other
python train_fixmatch.py --labelled 200 --exp runs/fixmatch && \
python train_pseudo_label.py --labelled 200 --exp runs/pseudo_label && \
python train_supervised.py --labelled 200 --exp runs/supervised
