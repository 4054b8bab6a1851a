"""Score the saved denoiser on noise drawn under ten evaluation seeds (the network itself is trained once)."""
import numpy as np
import torch
from torch import nn

net = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.Conv2d(16, 1, 3, padding=1))
net.load_state_dict(torch.load("denoiser.pt"))
net.eval()

errors = []
for noise_seed in range(10):
    rng = np.random.default_rng(noise_seed)
    clean = rng.random((64, 1, 28, 28), dtype=np.float32)
    noisy = clean + 0.1 * rng.standard_normal(clean.shape, dtype=np.float32)
    with torch.no_grad():
        errors.append(nn.functional.mse_loss(net(torch.from_numpy(noisy)), torch.from_numpy(clean)).item())
print(sum(errors) / len(errors))
