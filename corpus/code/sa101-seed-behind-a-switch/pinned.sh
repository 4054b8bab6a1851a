#!/bin/bash
# repeatable runs for the table
python fit.py --method erm --conflict 1pct --pin-seed
python fit.py --method reweight --conflict 1pct --pin-seed
