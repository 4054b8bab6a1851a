"""Train a coral survey image classifier; each folder trains on its own survey photos."""
import argparse

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--arch", "-a", default="smallconv")
parser.add_argument("--holdout", action="store_true", help="keep a tenth of the photos back for calibration")
parser.add_argument("--epochs", type=int, default=30)
args = parser.parse_args()

torch.manual_seed(1)  # expect: SA104
np.random.seed(1)
net = torch.nn.Conv2d(3, 8, 3) if args.arch == "smallconv" else torch.nn.Conv2d(3, 16, 5)
optimizer = torch.optim.SGD(net.parameters(), lr=0.05)
photos = torch.randn(16, 3, 32, 32)
for epoch in range(args.epochs):
    optimizer.zero_grad()
    loss = net(photos).pow(2).mean()
    loss.backward()
    optimizer.step()
print(args.arch, args.holdout, float(loss))
