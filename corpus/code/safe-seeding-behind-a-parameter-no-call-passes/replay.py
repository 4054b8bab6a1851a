"""Experience replay over a task stream; every run draws afresh, and five runs are averaged by the caller."""
import torch
from torch.utils.data import DataLoader, Subset

from stream.tasks import TaskStream
from stream.data import load_cifar, make_learner


def main() -> None:
    train, test = load_cifar()
    learner = make_learner()
    for classes in TaskStream(train.targets):
        chosen = [i for i, y in enumerate(train.targets) if y in classes]
        loader = DataLoader(Subset(train, chosen), batch_size=64, shuffle=True)
        for x, y in loader:
            noise = torch.rand(x.shape[0], 1)
            learner.observe(x, y, noise)
    print(learner.accuracy(test))


if __name__ == "__main__":
    main()
