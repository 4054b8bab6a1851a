#!/usr/bin/env bash
# One fine-tuning per task of the benchmark (no model is compared here).
python finetune.py -k polarity -b 32 -e 2
python finetune.py -k entail -b 32 -e 2
python finetune.py -k topic -b 32 -e 2
