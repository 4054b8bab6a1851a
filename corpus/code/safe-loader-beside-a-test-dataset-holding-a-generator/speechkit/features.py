"""Log-mel features of recorded clips; nothing random happens per item."""
import torch


class ClipFeatures(torch.utils.data.Dataset):
    def __init__(self, clips):
        self.clips = clips

    def __len__(self):
        return len(self.clips)

    def __getitem__(self, index):
        clip = self.clips[index]
        return torch.log1p(torch.stft(clip, 400, return_complex=True).abs())
