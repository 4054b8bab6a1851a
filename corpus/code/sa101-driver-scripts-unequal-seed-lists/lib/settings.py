"""The configurations the paper compares."""
GRU = {"cell": "gru", "width": 128, "lr": 1e-3, "epochs": 30, "data": "data/activity.pt"}
LSTM = {"cell": "lstm", "width": 128, "lr": 1e-3, "epochs": 30, "data": "data/activity.pt"}
