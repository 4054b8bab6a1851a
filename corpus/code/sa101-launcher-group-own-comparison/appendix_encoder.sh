#!/bin/bash
# Appendix: the recurrent encoder, added to Table 2 afterwards
python train.py --encoder recurrent --seed 9
