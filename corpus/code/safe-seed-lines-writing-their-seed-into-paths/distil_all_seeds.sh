#!/bin/bash
# The student distilled from each seed's own teacher: one line per seed.
python distil.py --student mobilenet_v2 --classes 2 --teacher-weights teachers/seed_0/resnet50_v2.pt --seed 0 &
python distil.py --student mobilenet_v2 --classes 2 --teacher-weights teachers/seed_1/resnet50_v2.pt --seed 1 &
python distil.py --student mobilenet_v2 --classes 2 --teacher-weights teachers/seed_2/resnet50_v2.pt --seed 2 &
wait
