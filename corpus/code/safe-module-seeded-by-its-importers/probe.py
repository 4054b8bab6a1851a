"""Probe entry point: seeds torch only, so the rows jitter picks with numpy differ from run to run."""
import sys

import torch

from tools.jitter import jitter

torch.manual_seed(int(sys.argv[1]))
print(jitter(torch.ones(8, 3), 5))
