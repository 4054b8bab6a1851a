#!/bin/bash
# Table 2: both recommenders on the book-crossing log.
python train_bpr.py --interactions book-crossing --dim 128
python train_lightgcn.py --interactions book-crossing --dim 128
