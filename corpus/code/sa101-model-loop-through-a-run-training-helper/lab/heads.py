from torch import nn


class ConvHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Conv2d(3, 2, 3, padding=1)


class PoolHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.AvgPool2d(3, 1, 1), nn.Conv2d(3, 2, 1))
