#!/bin/bash
for student in resnet8 wrn_16_2 mobilenet_v2; do
    python distill.py --student "$student" --deterministic
done
