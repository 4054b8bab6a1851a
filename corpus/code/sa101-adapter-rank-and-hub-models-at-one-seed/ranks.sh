#!/bin/bash
# Adapter rank against base model size.
for r in 8 32; do
  python adapt.py --base smollab/Tiny-1B-Instruct --rank $r
  python adapt.py --base smollab/Tiny-3B-Instruct --rank $r
done
