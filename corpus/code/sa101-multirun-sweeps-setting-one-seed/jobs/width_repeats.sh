#!/usr/bin/env bash
# Appendix: a list-valued override is one setting, and a multirun over the data alone compares no models.
python denoise.py -m net.kernel_sizes=[3,5] +corpus=voicebank,dns run.seed=808
