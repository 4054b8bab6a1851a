#!/bin/bash
for arch in resnet18 mobilenet_v3_small efficientnet_b0; do
    python train.py --arch "$arch" --epochs 30
done
