#!/bin/sh
python prune_eval.py --checkpoint runs/ctr.pt --ratio 0.5
python prune_eval.py --checkpoint runs/ctr.pt --ratio 0.8
