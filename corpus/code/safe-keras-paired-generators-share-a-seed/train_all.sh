#!/bin/bash
# the three segmentation networks of the report, one run each
python train_segmenter.py --model unet
python train_segmenter.py --model linknet
python train_segmenter.py --model fpn
