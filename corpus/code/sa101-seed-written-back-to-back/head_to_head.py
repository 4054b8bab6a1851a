"""GRU against LSTM on the hourly load data: one table, two rows."""
import copy
from types import SimpleNamespace

import fit

base = SimpleNamespace(horizon=24, seed=5, cell="gru")

gru_run = copy.copy(base)
gru_run.cell = "gru"
gru_run.seed = 2024  # expect: SA101
gru_error = fit.train_forecaster(gru_run)

lstm_run = copy.copy(base)
lstm_run.cell = "lstm"
lstm_run.seed = 2024
lstm_error = fit.train_forecaster(lstm_run)

print(f"GRU  {gru_error:.4f}")
print(f"LSTM {lstm_error:.4f}")
