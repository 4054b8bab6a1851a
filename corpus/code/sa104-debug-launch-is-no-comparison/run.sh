#!/bin/bash
# the full run of the tree solver, and a trial of the same settings on a few hundred problems
mode=$1
cd src
if [[ ${mode} == "train" ]]; then
    python fit_solver.py --solver tree --run_name full
fi
if [[ ${mode} == "debug" ]]; then
    python fit_solver.py --solver tree --run_name trial --head 300 --debug
fi
