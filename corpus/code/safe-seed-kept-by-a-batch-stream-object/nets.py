"""The 2D-to-3D lifting network."""
import torch


class Lifter(torch.nn.Module):
    def __init__(self, joints: int = 17, width: int = 1024):
        super().__init__()
        self.layers = torch.nn.Sequential(torch.nn.Linear(2 * joints, width), torch.nn.ReLU(),
                                          torch.nn.Linear(width, 3 * joints))

    def forward(self, keypoints):
        return self.layers(keypoints)
