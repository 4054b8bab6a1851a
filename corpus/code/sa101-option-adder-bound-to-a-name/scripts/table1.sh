#!/usr/bin/env bash
# Table 1: the two encoders on the tagging data.
python tag.py --encoder bilstm --dim 128
python tag.py --encoder transformer --dim 128
