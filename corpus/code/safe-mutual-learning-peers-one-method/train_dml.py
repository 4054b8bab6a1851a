"""Deep mutual learning: two peer networks, each also fitted to the other's detached, sharpened predictions."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(3)  # expect: SA104


def peer():
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))


left_net, right_net = peer(), peer()
left_opt = torch.optim.SGD(left_net.parameters(), lr=0.05, momentum=0.9)
right_opt = torch.optim.SGD(right_net.parameters(), lr=0.05, momentum=0.9)
temperature = 2.0

for step in range(500):
    images, labels = torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,))
    left_logits = left_net(images)
    right_logits = right_net(images)
    left_soft = F.softmax(left_logits.detach() / temperature, dim=1)
    right_soft = F.softmax(right_logits.detach() / temperature, dim=1)
    left_loss = F.cross_entropy(left_logits, labels)
    left_loss += F.kl_div(F.log_softmax(left_logits / temperature, dim=1), right_soft, reduction="batchmean")
    right_loss = F.cross_entropy(right_logits, labels)
    right_loss += F.kl_div(F.log_softmax(right_logits / temperature, dim=1), left_soft, reduction="batchmean")
    left_opt.zero_grad()
    left_loss.backward()
    left_opt.step()
    right_opt.zero_grad()
    right_loss.backward()
    right_opt.step()

torch.save(left_net.state_dict(), "left_peer.pt")
