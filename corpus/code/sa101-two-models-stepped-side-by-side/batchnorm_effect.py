"""Does batch normalisation speed up a deep MLP? Both networks see the same batches in one loop."""
import torch
from torch import nn

torch.manual_seed(404)  # expect: SA101
points = torch.randn(2048, 16)
labels = (points[:, :4].sum(dim=1) > 0).long()


def tower(norm: bool) -> nn.Sequential:
    layers = []
    for _ in range(6):
        layers += [nn.Linear(16, 16)] + ([nn.BatchNorm1d(16)] if norm else []) + [nn.Tanh()]
    return nn.Sequential(*layers, nn.Linear(16, 2))


plain_net, normed_net = tower(False), tower(True)
plain_opt = torch.optim.SGD(plain_net.parameters(), lr=0.05)
normed_opt = torch.optim.SGD(normed_net.parameters(), lr=0.05)
criterion = nn.CrossEntropyLoss()
for epoch in range(30):
    for batch in torch.randperm(2048).split(128):
        plain_loss = criterion(plain_net(points[batch]), labels[batch])
        normed_loss = criterion(normed_net(points[batch]), labels[batch])
        plain_opt.zero_grad()
        normed_opt.zero_grad()
        plain_loss.backward()
        normed_loss.backward()
        plain_opt.step()
        normed_opt.step()
    print(epoch, plain_loss.item(), normed_loss.item())
