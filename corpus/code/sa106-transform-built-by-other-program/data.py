from torch.utils.data import Dataset


class Frames(Dataset):
    def __init__(self, items, transform):
        self.items, self.transform = items, transform

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        return self.transform(self.items[index])
