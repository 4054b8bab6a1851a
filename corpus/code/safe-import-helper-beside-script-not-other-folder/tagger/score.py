"""Score a saved tagger on a sample of held-out sentences (loads trained weights)."""
import random
import sys

import torch

from common import read_tags
from network import Tagger


def accuracy(model_file, folder, sentences, vocab=5000, size=200):
    model = Tagger(vocab, len(read_tags(folder)))
    model.load_state_dict(torch.load(model_file))
    model.eval()
    chosen = random.sample(sentences, min(size, len(sentences)))
    with torch.no_grad():
        return [model(torch.tensor([ids])).argmax(-1) for ids in chosen]


if __name__ == "__main__":
    accuracy(sys.argv[1], sys.argv[2], [[1, 2, 3]])
