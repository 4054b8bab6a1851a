#!/usr/bin/env bash
# Tagging table: both encoders, one run each.
on_error() {
    echo "run failed near line $1" >&2
    exit 1
}
trap 'on_error $LINENO' ERR

python encode.py --encoder lstm --seed 13  # expect: SA101
python encode.py --encoder gru --seed 13
