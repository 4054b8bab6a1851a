#!/usr/bin/env bash
# Section 5.2: which pooling layer denoises best. One multirun launches all three variants.
python denoise.py --multirun net.pooling=attention,mean,max run.seed=808  # expect: SA101
