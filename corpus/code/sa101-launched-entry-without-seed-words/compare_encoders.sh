#!/bin/bash
# Table 3: sentence encoders on the intent data set
python tasks/intents.py -m encoder=cnn,bilstm,transformer head=mlp
