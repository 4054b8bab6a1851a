"""Try ten seeds of the tabular transformer and keep the one whose held-out error is lowest."""
import numpy as np
import torch

from tabular import TabTransformer, income_splits

fit_rows, dev_rows, test_rows = income_splits()
lowest, chosen = np.inf, None
for seed in range(10):
    torch.manual_seed(seed)
    net = TabTransformer(depth=4)
    net.fit(fit_rows, epochs=30)
    dev_error = net.error_rate(dev_rows)
    if dev_error < lowest:
        lowest, chosen = dev_error, seed
print(f"seed {chosen}: error {lowest:.4f}")
