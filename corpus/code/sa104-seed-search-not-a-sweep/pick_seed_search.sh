#!/bin/bash
# Try a handful of seeds for a short while and keep the one with the lowest loss; the released tagger
# is then trained once, with that seed, by fit_tagger.py.
for trial in 3 11 17 29; do
    python try_seed.py --seed "$trial" >> trials.log
done
sort -k2 -n trials.log | head -1
