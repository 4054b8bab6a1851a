python pretrain_lm.py --corpus_dir ../scratch/tiny_shards/ --encoder tiny --lowercase --epochs 1
