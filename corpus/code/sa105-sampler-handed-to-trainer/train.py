"""Train the GAN on MNIST digits with the chosen latent prior; torch is seeded for repeatable runs."""
import argparse

import torch
from torch import nn
from torchvision import datasets, transforms

from gan import GANTrainer
from noise import gaussian_noise, uniform_noise


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--prior", choices=["normal", "uniform"], default="normal")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    torch.manual_seed(args.seed)

    if args.prior == "normal":
        noise_fn = gaussian_noise
    else:
        noise_fn = uniform_noise
    generator = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 784), nn.Tanh())
    discriminator = nn.Sequential(nn.Linear(784, 256), nn.LeakyReLU(0.2), nn.Linear(256, 1))
    trainer = GANTrainer(generator, discriminator, noise_fn)
    data = datasets.MNIST("data", train=True, download=False, transform=transforms.ToTensor())
    loader = torch.utils.data.DataLoader(data, batch_size=128, shuffle=True)
    for epoch in range(args.epochs):
        for images, _ in loader:
            d_loss, g_loss = trainer.step(images.view(images.size(0), -1) * 2 - 1)
        print(epoch, d_loss, g_loss)
    torch.save(generator.state_dict(), f"generator_{args.prior}.pt")


if __name__ == "__main__":
    main()
