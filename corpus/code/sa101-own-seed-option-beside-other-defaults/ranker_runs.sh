python build_index.py --lists 16
python fit_ranker.py --scorer dot
python fit_ranker.py --scorer mlp
