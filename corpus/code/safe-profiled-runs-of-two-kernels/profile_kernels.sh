#!/bin/bash
# Kernel timelines of both optimiser-step implementations for the appendix figure.
nsys profile --trace=cuda,nvtx -o traces/fused python step_bench.py --impl fused --steps 50
nsys profile --trace=cuda,nvtx -o traces/looped python step_bench.py --impl looped --steps 50
ncu --set full -k regex:lamb -o traces/looped_kernels python step_bench.py --impl looped --steps 5
