#!/bin/bash
# run from the lexicon folder: builds the subword lexicon the encoder reads
python run.py --corpus_file /PATH/TO/TEXT --model_name wordpiece-lexicon --vocab_size 32000
