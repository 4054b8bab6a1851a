#!/usr/bin/env bash
# One tagger per corpus; nothing is compared across corpora, and the output and device differ per run.
for corpus in conll ontonotes wnut; do
  python fit_tagger.py --corpus "$corpus" --out "runs/$corpus" --seed 5
done
python fit_tagger.py --corpus conll --out runs/big_batch --seed 5 --device cuda:1
