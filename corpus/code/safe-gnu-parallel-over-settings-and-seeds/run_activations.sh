#!/bin/bash
# all activations at five seeds each, two runs at a time
parallel -j 2 "source venv/bin/activate; python train_act.py --seed {2} --activation {1}" ::: relu gelu silu ::: 1 2 3 4 5
