"""Two small image generators: a decoder from a latent and a denoiser run for a few steps."""
import torch


class LatentDecoder(torch.nn.Module):
    def __init__(self, latent=16):
        super().__init__()
        self.latent = latent
        self.net = torch.nn.Sequential(torch.nn.Linear(latent, 3 * 8 * 8), torch.nn.Tanh())

    def sample(self, count):
        return self.net(torch.randn(count, self.latent)).view(count, 3, 8, 8)


class StepDenoiser(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.net = torch.nn.Conv2d(3, 3, 3, padding=1)

    def sample(self, count, steps=10):
        images = torch.randn(count, 3, 8, 8)
        for _ in range(steps):
            images = images - 0.1 * self.net(images)
        return images.clamp(-1, 1)
