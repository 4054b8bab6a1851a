"""Loads the frozen helper models; their random initial weights are always replaced by a checkpoint."""
import torch

from aligner_layers import Aligner


def load_aligner(path):
    aligner = Aligner()
    aligner.load_state_dict(torch.load(path, map_location="cpu"))
    return aligner.eval()
