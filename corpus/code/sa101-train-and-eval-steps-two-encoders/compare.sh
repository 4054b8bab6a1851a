#!/usr/bin/env bash
# Shallow against deep encoder, each trained then scored on the dev queries.
python rank.py --do_train --do_eval --encoder shallow --out runs/shallow
python rank.py --do_train --do_eval --encoder deep --out runs/deep
# Score the deep ranker again from its checkpoint.
python rank.py --do_eval --encoder deep --out runs/deep
