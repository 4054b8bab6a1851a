from torch.utils.data import DataLoader


def batches(dataset):
    return DataLoader(dataset, batch_size=64, shuffle=True, num_workers=8)  # expect: SA106
