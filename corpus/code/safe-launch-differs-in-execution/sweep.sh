python rank_rhymes.py --scorer bilinear --compile
python rank_rhymes.py --scorer dot --compile
