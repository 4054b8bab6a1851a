#!/bin/bash
# run from this folder: both architectures of the first version
python segment.py --arch unet
python segment.py --arch fcn
