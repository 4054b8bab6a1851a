#!/bin/bash
cd ..
python segment.py --loss dice --seed 62 --save_as checkpoints/dice-62.pt
python segment.py --loss focal --seed 62 --save_as checkpoints/focal-62.pt
