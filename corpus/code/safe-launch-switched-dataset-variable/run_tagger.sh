#!/bin/bash
# one tagger per treebank: edit the line below to pick the treebank
CORPUS="marsh"
# CORPUS="harbor"
# CORPUS="quarry"

python fit_tagger.py -c configs/tagger_${CORPUS}.json
