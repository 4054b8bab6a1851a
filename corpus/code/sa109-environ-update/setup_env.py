import os

import torch


def make_deterministic(seed=0):
    """Everything the reproducibility checklist asks for, in one place."""
    os.environ.update({  # expect: SA109
        "PYTHONHASHSEED": str(seed),
        "CUBLAS_WORKSPACE_CONFIG": ":4096:8",
    })
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    torch.backends.cudnn.benchmark = False
