#!/bin/bash
# Table 3: every network on the pancreas scans.
python segment.py net=ensemble_unet organ=pancreas width=32 seed=1234

python segment.py net=plain_unet organ=pancreas width=32 \
    seed=7  # expect: SA101

python segment.py net=nested_unet organ=pancreas width=32 \
    seed=7

python segment.py net=attention_unet organ=pancreas width=32 \
    seed=7
