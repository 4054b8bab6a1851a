"""Score two trained generators from their checkpoints: sample from each and compare a simple feature distance."""
import pandas as pd
import torch

from generators import LatentDecoder, StepDenoiser

torch.manual_seed(42)
decoder, denoiser = LatentDecoder(), StepDenoiser()
decoder.load_state_dict(torch.load("checkpoints/decoder.pt"))
denoiser.load_state_dict(torch.load("checkpoints/denoiser.pt"))
decoder.eval()
denoiser.eval()
reference = torch.load("checkpoints/reference_features.pt")
rows = []
with torch.no_grad():
    for name, model in (("decoder", decoder), ("denoiser", denoiser)):
        for part in range(4):
            features = model.sample(128).flatten(1).mean(0)
            rows.append({"model": name, "part": part, "distance": float((features - reference).norm())})
table = pd.DataFrame(rows)
print(table[table["model"] == "decoder"]["distance"].mean(), table[table["model"] == "denoiser"]["distance"].mean())
