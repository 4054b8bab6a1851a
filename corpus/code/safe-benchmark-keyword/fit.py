import sys

import torch

from helpers import set_seed

set_seed(int(sys.argv[1]), benchmark=True)
model = torch.nn.Conv2d(3, 8, 3)
print(model)
