"""A small Wasserstein GAN on two-moons points: the critic and the generator are one system trained together."""
import torch
from torch import nn

torch.manual_seed(8)  # expect: SA104
gen_net = nn.Sequential(nn.Linear(8, 64), nn.ReLU(), nn.Linear(64, 2))
critic_net = nn.Sequential(nn.Linear(2, 64), nn.ReLU(), nn.Linear(64, 1))
gen_opt = torch.optim.RMSprop(gen_net.parameters(), lr=5e-5)
critic_opt = torch.optim.RMSprop(critic_net.parameters(), lr=5e-5)
real = torch.load("moons.pt")
for step in range(5000):
    fake = gen_net(torch.randn(256, 8))
    critic_loss = critic_net(fake.detach()).mean() - critic_net(real[torch.randint(len(real), (256,))]).mean()
    critic_opt.zero_grad()
    critic_loss.backward()
    critic_opt.step()
    gen_loss = -critic_net(fake).mean()
    gen_opt.zero_grad()
    gen_loss.backward()
    gen_opt.step()
