"""Estimate how often the weak labels of a moth-wing photo set are flipped, using an unaugmented copy of the
training photos to read the trained net's confidence."""
import numpy as np
import torch
from torch.backends import cudnn

np.random.seed(3)  # expect: SA104
torch.manual_seed(3)
cudnn.benchmark = True

photos, weak = torch.rand(200, 3, 24, 24), torch.randint(0, 5, (200,))
flipped = photos + 0.05 * torch.randn_like(photos)
train_set = torch.utils.data.TensorDataset(flipped, weak)
train_set_deterministic = torch.utils.data.TensorDataset(photos, weak)  # the same photos, no augmentation
loader = torch.utils.data.DataLoader(train_set, batch_size=20, shuffle=True)
loader_deterministic = torch.utils.data.DataLoader(train_set_deterministic, batch_size=20)

net = torch.nn.Sequential(torch.nn.Conv2d(3, 6, 3), torch.nn.Flatten(), torch.nn.Linear(6 * 22 * 22, 5))
sgd = torch.optim.SGD(net.parameters(), lr=0.01)
for images, labels in loader:
    sgd.zero_grad()
    torch.nn.functional.cross_entropy(net(images), labels).backward()
    sgd.step()
with torch.no_grad():
    confidence = torch.cat([net(images).softmax(-1).max(-1).values for images, _ in loader_deterministic])
print(float(confidence.mean()))
