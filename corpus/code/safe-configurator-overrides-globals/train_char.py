"""Character-level model; any global below can be set from the command line: python train_char.py --seed=7"""
import torch
from torch import nn

seed = 4242
steps = 200
lr = 1e-3
exec(open("overrides.py").read())  # turns --key=value arguments into new values of the globals above

torch.manual_seed(seed)
model = nn.Sequential(nn.Embedding(128, 32), nn.Flatten(), nn.Linear(32 * 8, 128))
opt = torch.optim.Adam(model.parameters(), lr=lr)
for step in range(steps):
    chars = torch.randint(0, 128, (16, 8))
    loss = nn.functional.cross_entropy(model(chars), chars[:, -1])
    opt.zero_grad()
    loss.backward()
    opt.step()
