"""Linear probe on top of the pretrained encoder; imports the encoder class from the pretraining script."""
import numpy as np
import torch

from pretrain import Encoder


def probe(features_path: str, seed: int = 0):
    np.random.seed(seed)
    data = np.load(features_path)
    order = np.random.permutation(len(data))
    encoder = Encoder(64)
    encoder.load_state_dict(torch.load("encoder.pt"))
    head = torch.nn.Linear(16, 2)  # expect: SA105
    with torch.no_grad():
        return head(encoder(torch.as_tensor(data[order], dtype=torch.float32)))
