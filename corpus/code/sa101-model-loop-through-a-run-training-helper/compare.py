"""Two segmentation heads on the same split."""
import random

import torch

from lab.engine import run_training_job
from lab.heads import ConvHead, PoolHead

models = {"conv": ConvHead, "pool": PoolHead}

for label, model_class in models.items():
    random.seed(21)  # expect: SA101
    torch.manual_seed(21)
    split = [(torch.randn(4, 3, 16, 16), torch.randint(0, 2, (4, 16, 16))) for _ in range(10)]
    score = run_training_job(model=model_class(), data=split, epochs=2)
    print(label, score)
