#!/bin/bash
for strategy in entropy margin random; do
    python active.py --strategy "$strategy" --budget 500 --rounds 1
done
