#!/usr/bin/env bash
# Train every keyword-spotting network once and collect the test accuracy of each.
set -e
for cfg in conf/models/cnn_small.yaml conf/models/lstm.yaml conf/models/conformer.yaml; do
    python kws_train.py --cfg "$cfg"
done
