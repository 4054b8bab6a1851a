#!/bin/bash
python train.py mixup svhn
python train.py mixup stl
