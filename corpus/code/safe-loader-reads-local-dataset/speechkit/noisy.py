"""A dataset that corrupts each utterance with random dropouts of frames (numpy's global generator)."""
import numpy as np
import torch


class DropoutFramesDataset(torch.utils.data.Dataset):
    def __init__(self, utterances, rate=0.1):
        self.utterances = utterances
        self.rate = rate

    def __len__(self):
        return len(self.utterances)

    def __getitem__(self, index):
        frames = self.utterances[index]
        keep = np.random.random(len(frames)) > self.rate
        return frames[torch.from_numpy(keep)]
