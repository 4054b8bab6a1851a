#!/bin/bash
corpus=librispeech
seed=77
encoder=conformer

python asr.py --recipe recipes/$corpus/seed-$seed/ctc/$encoder.yaml
python asr.py --recipe recipes/$corpus/seed-$seed/transducer/$encoder.yaml
python asr.py --recipe recipes/$corpus/seed-$seed/attention/$encoder.yaml
