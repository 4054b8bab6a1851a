#!/bin/bash
# Table 3: every network on the pancreas scans, at two seeds each.
python segment.py net=plain_unet organ=pancreas seed=7
python segment.py net=nested_unet organ=pancreas seed=7
python segment.py net=plain_unet organ=pancreas seed=8
python segment.py net=nested_unet organ=pancreas seed=8
