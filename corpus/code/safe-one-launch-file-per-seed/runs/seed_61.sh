#!/bin/bash
cd ..
python segment.py --loss dice --seed 61 --save_as checkpoints/dice-61.pt
python segment.py --loss focal --seed 61 --save_as checkpoints/focal-61.pt
