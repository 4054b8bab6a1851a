import torch
from torch.utils.data import DataLoader

import speechkit
from speechkit.features import ClipFeatures


def features(clips):
    loader = DataLoader(ClipFeatures(clips), batch_size=16, num_workers=4)
    return torch.cat([batch.flatten(1) for batch in loader])


if __name__ == "__main__":
    print(speechkit.__name__, features([torch.randn(16000) for _ in range(64)]).shape)
