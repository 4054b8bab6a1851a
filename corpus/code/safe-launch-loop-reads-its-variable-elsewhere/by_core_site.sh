#!/bin/bash
# One fit per coring site: the loop picks the data each run reads.
for site in north_shore south_shore; do
  python fit_sediment.py --seed 3 --cores_path cores/$site.csv
done
