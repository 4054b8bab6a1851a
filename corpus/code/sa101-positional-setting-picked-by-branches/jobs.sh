#!/bin/bash
python train.py plain svhn
python train.py mixup svhn
python train.py cutout svhn
