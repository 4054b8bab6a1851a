"""A small GAN trainer that draws its latent batches through the noise function it is given."""
import torch
from torch import nn


class GANTrainer:
    def __init__(self, generator, discriminator, noise_fn, lr=2e-4):
        self.generator, self.discriminator = generator, discriminator
        self.noise_fn = noise_fn
        self.g_opt = torch.optim.Adam(generator.parameters(), lr=lr, betas=(0.5, 0.999))
        self.d_opt = torch.optim.Adam(discriminator.parameters(), lr=lr, betas=(0.5, 0.999))
        self.loss = nn.BCEWithLogitsLoss()

    def step(self, real):
        fake = self.generator(self.noise_fn(real.size(0)))
        self.d_opt.zero_grad()
        d_loss = self.loss(self.discriminator(real), torch.ones(real.size(0), 1)) + \
            self.loss(self.discriminator(fake.detach()), torch.zeros(real.size(0), 1))
        d_loss.backward()
        self.d_opt.step()
        self.g_opt.zero_grad()
        g_loss = self.loss(self.discriminator(fake), torch.ones(real.size(0), 1))
        g_loss.backward()
        self.g_opt.step()
        return d_loss.item(), g_loss.item()
