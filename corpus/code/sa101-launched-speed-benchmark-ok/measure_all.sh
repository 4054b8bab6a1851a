#!/bin/bash
# training throughput of every backbone, same batch and seed
for arch in resnet50 convnext_tiny vit_b_16 efficientnet_b0; do
    python throughput.py --arch "$arch" --batch 64 --seed 0
done
