#!/bin/bash
python baseline.py --model gcn --data cora
python baseline.py --model gat --data cora
