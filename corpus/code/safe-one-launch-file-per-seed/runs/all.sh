#!/bin/bash
bash seed_61.sh && bash seed_62.sh && bash seed_63.sh
