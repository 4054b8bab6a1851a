#!/bin/bash
# run from the encoder folder
python run.py --model_name tiny-encoder --lexicon ../lexicon/wordpiece-lexicon.txt --do_train
