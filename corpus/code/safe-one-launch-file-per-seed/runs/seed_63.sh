#!/bin/bash
cd ..
python segment.py --loss dice --seed 63 --save_as checkpoints/dice-63.pt
python segment.py --loss focal --seed 63 --save_as checkpoints/focal-63.pt
