"""Train the patch classifier; the loader runs in the main process (the cluster forbids forking)."""
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset

LOADER_WORKERS = 0


class JitteredPatches(Dataset):
    def __init__(self, images, labels):
        self.images, self.labels = images, labels

    def __len__(self):
        return len(self.images)

    def __getitem__(self, index):
        shift = np.random.randint(-4, 5, size=2)
        patch = np.roll(self.images[index], tuple(shift), axis=(0, 1))
        return torch.as_tensor(patch), self.labels[index]


def main() -> None:
    torch.manual_seed(3)  # expect: SA104
    np.random.seed(3)
    data = JitteredPatches(np.load("patches.npy"), np.load("labels.npy"))
    loader = DataLoader(data, batch_size=32, shuffle=True, num_workers=LOADER_WORKERS)
    model = torch.nn.Linear(32 * 32, 10)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for x, y in loader:
        loss = torch.nn.functional.cross_entropy(model(x.flatten(1).float()), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
