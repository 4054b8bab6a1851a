#!/bin/bash
# The fork's own training command: its copy decides its defaults, which the installed toolkit's do not describe.
fairseq-train data-bin/heron-marsh --arch lstm_heron --save-dir ckpt/lstm
fairseq-train data-bin/heron-marsh --arch transformer_heron --save-dir ckpt/transformer
