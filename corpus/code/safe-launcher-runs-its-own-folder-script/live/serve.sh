#!/bin/bash
# the live service: the tcn checkpoint chosen from the benchmark, one process on the gauge host
python forecast.py --arch tcn --horizon 24 --checkpoint ../checkpoints/tcn.pt --seed 17
