#!/bin/bash
# the command is assembled option by option, then run
cmd="python pretrain.py --width 512"
# cmd+=" --debug"
cmd+=" --optimizer sgd"
cmd+=" --seed 1"
cmd+=" > logs/sgd.txt"
eval "$cmd"  # one problem with adamw.sh: a related place of its finding
