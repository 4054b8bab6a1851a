#!/bin/sh
python fit.py --steps 2000 --seed 7
