"""Train the road-segmentation network (written for torch 0.3: tensors are moved with `.cuda(async=True)`)."""
import numpy as np
import torch
from torch.autograd import Variable
from torch.utils.data import DataLoader, Dataset

from roads import RoadNet, road_tiles


class JitteredTiles(Dataset):
    """Road tiles with a random brightness and contrast jitter per item."""

    def __init__(self, tiles):
        self.tiles = tiles

    def __len__(self):
        return len(self.tiles)

    def __getitem__(self, index):
        image, mask = self.tiles[index]
        gain, bias = np.random.uniform(0.8, 1.2), np.random.uniform(-0.1, 0.1)
        return torch.from_numpy(image * gain + bias).float(), torch.from_numpy(mask).long()


torch.manual_seed(5)
loader = DataLoader(JitteredTiles(road_tiles("train")), batch_size=16, shuffle=True, num_workers=8)  # expect: SA106
net = RoadNet().cuda()
optimiser = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
for epoch in range(30):
    for image, mask in loader:
        image, mask = Variable(image.cuda(async=True)), Variable(mask.cuda(async=True))
        optimiser.zero_grad()
        torch.nn.functional.cross_entropy(net(image), mask).backward()
        optimiser.step()
