"""Fit the wing-pattern classifier; runs must be reproducible (same seed, same weights)."""
import torch

torch.manual_seed(8)  # expect: SA104
torch.backends.cudnn.benchmark = True  # expect: SA107
wings = torch.rand(64, 3, 24, 24)
net = torch.nn.Conv2d(3, 4, 5)
adam = torch.optim.Adam(net.parameters())
for epoch in range(5):
    adam.zero_grad()
    net(wings).square().mean().backward()
    adam.step()
