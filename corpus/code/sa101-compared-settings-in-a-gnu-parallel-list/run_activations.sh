#!/bin/bash
# all activations, two at a time
parallel -j 2 "source venv/bin/activate; python train_act.py --seed 7 --activation {1}" ::: relu gelu silu  # expect: SA101
