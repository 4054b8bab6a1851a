"""Train on CIFAR-10 images with one fixed noise pattern per image, added after the library's own augmentation."""
import torch
from torchvision import datasets, transforms

from vision_augment import erased_loader


class NoisyCIFAR(datasets.CIFAR10):
    def __init__(self, root, augment, noise):
        super().__init__(root, train=True, download=True)
        self.augment = augment
        self.noise = noise

    def __getitem__(self, index):
        image, label = super().__getitem__(index)
        return self.augment(image) + self.noise[index], label


def main(use_erasing=False):
    torch.manual_seed(0)  # expect: SA104
    if use_erasing:
        loader = erased_loader("data", 128)
    else:
        augment = transforms.Compose([transforms.RandomHorizontalFlip(), transforms.ToTensor()])
        noisy = NoisyCIFAR("data", augment, torch.rand(50000, 3, 32, 32) * 0.03)
        loader = torch.utils.data.DataLoader(noisy, batch_size=128, shuffle=True, num_workers=4)
    model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(3 * 32 * 32, 10))
    optimiser = torch.optim.SGD(model.parameters(), lr=0.1)
    for images, labels in loader:
        loss = torch.nn.functional.cross_entropy(model(images), labels)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()


if __name__ == "__main__":
    main()
