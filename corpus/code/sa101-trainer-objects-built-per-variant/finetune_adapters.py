"""Fine-tune one small language model with three low-rank adapter variants and print each one's dev accuracy."""
import random

import numpy as np
import torch

from adapters.jobs import AdapterFineTuneJob

LOW_RANK_ADAPTERS = ["plain", "weight_decomposed", "principal_init"]


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def main() -> None:
    seed_everything(1234)  # expect: SA101
    for low_rank_adapter in LOW_RANK_ADAPTERS:
        job = AdapterFineTuneJob(adapter=low_rank_adapter, epochs=3, lr=2e-4)
        job.train()
        print(low_rank_adapter, job.evaluate("dev"))


if __name__ == "__main__":
    main()
