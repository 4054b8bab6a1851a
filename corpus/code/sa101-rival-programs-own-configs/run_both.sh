#!/bin/bash
# the plain reward and the per-sentence reward, each trainer with its own settings
python learn_plain.py --config plain.yaml
python learn_per_sentence.py --config per_sentence.yaml
