#!/bin/bash
python train.py --seed 1 --arch resnet18 --lr 1e-4 --out runs/resnet18/seed_1
python train.py --seed 1 --arch vgg11 --lr 1e-4 --out runs/vgg11/seed_1

python train.py --seed 2 --arch resnet18 --lr 1e-4 --out runs/resnet18/seed_2
python train.py --seed 2 --arch vgg11 --lr 1e-4 --out runs/vgg11/seed_2

python train.py --seed 3 --arch resnet18 --lr 1e-4 --out runs/resnet18/seed_3
python train.py --seed 3 --arch vgg11 --lr 1e-4 --out runs/vgg11/seed_3
