import torch

SEED = 0
torch.manual_seed(SEED)
