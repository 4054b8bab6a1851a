#!/bin/bash
# two architectures at the seed the caller exports, 3 unless told otherwise
SEED=${SEED:-"3"}  # expect: SA101
EPOCHS=${EPOCHS:-20}

python train.py --arch resnet18 --epochs "$EPOCHS" --seed "$SEED"
python train.py --arch vgg11 --epochs "$EPOCHS" --seed "$SEED"
