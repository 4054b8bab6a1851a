#!/bin/sh
python finetune.py bert bert-base-uncased
python finetune.py roberta roberta-base
python finetune.py electra electra-base-discriminator
