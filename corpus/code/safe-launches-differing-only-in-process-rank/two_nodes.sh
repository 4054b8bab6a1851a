#!/bin/bash
python worker.py --rank 0 --world 2 &
python worker.py --rank 1 --world 2 &
wait
