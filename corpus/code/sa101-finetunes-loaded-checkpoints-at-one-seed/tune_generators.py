"""Start both generators from their checkpoints, tune each for a while, and compare a simple feature distance."""
import torch

from generators import LatentDecoder, StepDenoiser

torch.manual_seed(42)  # expect: SA101
decoder, denoiser = LatentDecoder(), StepDenoiser()
decoder.load_state_dict(torch.load("checkpoints/decoder.pt"))
denoiser.load_state_dict(torch.load("checkpoints/denoiser.pt"))
reference = torch.load("checkpoints/reference_features.pt")
for name, model in (("decoder", decoder), ("denoiser", denoiser)):
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-4)
    for _ in range(100):
        loss = (model.sample(64).flatten(1).mean(0) - reference).norm()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    print(name, float(loss))
