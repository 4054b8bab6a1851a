"""Masked-image pretraining: each view carries a random patch mask, drawn in the loader's workers."""
import numpy as np
import torch
from torchvision import datasets, transforms


class PatchMask:
    def __init__(self, patches=49, ratio=0.6):
        self.patches, self.ratio = patches, ratio

    def __call__(self):
        mask = np.zeros(self.patches, dtype=bool)
        mask[np.random.permutation(self.patches)[: int(self.ratio * self.patches)]] = True
        return mask


class MaskedView:
    def __init__(self, size):
        self.view = transforms.Compose([transforms.RandomResizedCrop(size), transforms.ToTensor()])
        self.mask = PatchMask()

    def __call__(self, image):
        return self.view(image), self.mask()


def main():
    torch.manual_seed(1)
    images = datasets.ImageFolder("unlabelled", MaskedView(224))
    loader = torch.utils.data.DataLoader(images, batch_size=64, shuffle=True, num_workers=8)  # expect: SA106
    encoder = torch.nn.Conv2d(3, 16, 16, stride=16)
    optimiser = torch.optim.AdamW(encoder.parameters())
    for (view, mask), _ in loader:
        loss = encoder(view).flatten(2)[..., mask[0]].pow(2).mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()


if __name__ == "__main__":
    main()
