"""ResNet-18 against ResNet-34 on CIFAR-10 with one recipe; the settings live in one plain class."""
import torch
from torchvision.models import resnet18, resnet34

from loaders import cifar_loaders


class Settings:
    EPOCHS = 30
    LEARNING_RATE = 0.1
    SEED = 97


torch.manual_seed(Settings.SEED)  # expect: SA101
train_loader, test_loader = cifar_loaders(batch_size=128)
for build_model in [resnet18, resnet34]:
    model = build_model(num_classes=10)
    optimizer = torch.optim.SGD(model.parameters(), lr=Settings.LEARNING_RATE, momentum=0.9)
    for epoch in range(Settings.EPOCHS):
        for images, labels in train_loader:
            loss = torch.nn.functional.cross_entropy(model(images), labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
