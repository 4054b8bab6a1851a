python fit_graph.py --graph citations --depth 16 --test
python fit_graph.py --graph citations --depth 16 --gated --test
python score_graph.py --depth 16 --test
python score_graph.py --depth 16 --gated --test
python tune_graph.py --depth 8
python tune_graph.py --depth 8 --resume net-8.pt --no_train --test
