"""Score pitch-contour continuations with a trained model, one worker process per GPU."""
import argparse
import os
import random

import numpy as np
import torch
import torch.distributed as dist
import torch.multiprocessing as mp


def work(rank, world_size, args):
    dist.init_process_group("nccl", rank=rank, world_size=world_size)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    contour = torch.randn(4, 100)
    print(rank, float(contour.mean()), np.random.rand())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    if args.workers > 1:
        os.environ["MASTER_ADDR"] = "localhost"
        os.environ["MASTER_PORT"] = str(random.randint(20000, 40000))
        mp.spawn(work, args=(args.workers, args), nprocs=args.workers)
    else:
        work(0, 1, args)


if __name__ == "__main__":
    main()
