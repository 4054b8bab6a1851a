#!/bin/bash
# the command is assembled option by option, then run
cmd="python pretrain.py --width 512"
# cmd+=" --debug"
cmd+=" --optimizer adamw"
cmd+=" --seed 1"
cmd+=" > logs/adamw.txt"
eval "$cmd"  # expect: SA101
