"""Image classifier trained with PyTorch Ignite's engine loop."""
import torch
from ignite.engine import Events, create_supervised_evaluator, create_supervised_trainer
from ignite.metrics import Accuracy
from torch import nn
from torchvision import datasets, transforms


def loaders(batch_size: int):
    tfm = transforms.Compose([transforms.RandomHorizontalFlip(), transforms.ToTensor()])
    train = datasets.CIFAR10("data", train=True, download=True, transform=tfm)
    valid = datasets.CIFAR10("data", train=False, download=True, transform=transforms.ToTensor())
    return (torch.utils.data.DataLoader(train, batch_size=batch_size, shuffle=True),
            torch.utils.data.DataLoader(valid, batch_size=batch_size))


if __name__ == "__main__":
    torch.manual_seed(99)  # expect: SA104
    train_loader, valid_loader = loaders(128)
    net = nn.Sequential(nn.Conv2d(3, 32, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, 10))
    trainer = create_supervised_trainer(net, torch.optim.SGD(net.parameters(), lr=0.05), nn.CrossEntropyLoss())
    evaluator = create_supervised_evaluator(net, metrics={"acc": Accuracy()})

    @trainer.on(Events.EPOCH_COMPLETED)
    def report(engine):
        evaluator.run(valid_loader)
        print(engine.state.epoch, evaluator.state.metrics["acc"])

    trainer.run(train_loader, max_epochs=20)
