#!/bin/sh
python train.py tables/credit.csv
python train.py tables/churn.csv
