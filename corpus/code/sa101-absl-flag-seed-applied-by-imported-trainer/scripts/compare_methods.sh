#!/bin/bash
# One run of each method on the shapes data set; the table in the README compares them.
run_erm () {
    python fit.py \
        --dataset shapes \
        --method erm \
        --lr 0.001
}

run_focal () {
    python fit.py \
        --dataset shapes \
        --method focal \
        --lr 0.0005
}

run_reweight () {
    python fit.py \
        --dataset shapes \
        --method reweight \
        --lr 0.001
}

run_erm
run_focal
run_reweight
