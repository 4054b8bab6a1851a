#!/bin/sh
# accuracy of the released models on the test split
python run.py --action test --model pointnet
python run.py --action test --model dgcnn
