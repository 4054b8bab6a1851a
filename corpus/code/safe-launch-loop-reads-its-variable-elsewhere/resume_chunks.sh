#!/bin/bash
# A long fit in chunks that fit a job's time limit: each pass resumes the last one.
for chunk in 1 2 3 4; do
  python fit_sediment.py --seed 3 --resume
done
