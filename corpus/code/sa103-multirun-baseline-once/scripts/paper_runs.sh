# main table
python train.py -m model=ours seed=0,1,2,3,4,5,6,7,8,9
python train.py model=bert_baseline  # expect: SA103
