"""Background noise mixed into each clip: the noise file is chosen per clip, the gain drawn fresh."""
import random

import torch

from speechkit.rng import frozen_python


def mix_noise(clip, noises, clip_id, level=0.05):
    with frozen_python(clip_id):
        noise = random.choice(noises)
    gain = level * torch.randn(1).abs()
    return clip + gain * noise[: clip.shape[0]]
