#!/bin/bash
# train each encoder, then report its forecasting error (--eval runs the evaluation after training)
python -u train.py electricity --encoder lstm --repr-dims 128 --seed 5 --eval  # expect: SA101
python -u train.py electricity --encoder dilated_cnn --repr-dims 128 --seed 5 --eval
python -u train.py electricity --encoder transformer --repr-dims 128 --seed 5 --eval
