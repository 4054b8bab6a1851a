#!/bin/bash
# each encoder is trained and then scored on the test split
python main.py --arch gin --train --test --seed 5  # expect: SA101
python main.py --arch gcn --train --test --seed 5
