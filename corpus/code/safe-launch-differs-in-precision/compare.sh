python tune_parser.py --encoder small --lr 3e-5 --fp16
python tune_parser.py --encoder large --lr 1e-5 --fp16
