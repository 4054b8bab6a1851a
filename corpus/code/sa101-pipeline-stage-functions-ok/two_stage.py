"""Self-supervised pre-training of an encoder on the scans, then a linear probe on the same scans' grades: two
functions, one pipeline (the probe is handed the pre-trained encoder), not two rival models."""
import torch
from torch import nn

torch.manual_seed(0)


def learn_encoder(scans, epochs=5):
    encoder = nn.Sequential(nn.Flatten(), nn.Linear(256, 64), nn.ReLU())
    decoder = nn.Linear(64, 256)
    optimiser = torch.optim.Adam([*encoder.parameters(), *decoder.parameters()], lr=1e-3)
    for _ in range(epochs):
        loss = nn.functional.mse_loss(decoder(encoder(scans)), scans.flatten(1))
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    return encoder


def learn_probe(scans, grades, encoder, epochs=5):
    probe_model = nn.Linear(64, 3)
    optimiser = torch.optim.SGD(probe_model.parameters(), lr=0.1)
    for _ in range(epochs):
        with torch.no_grad():
            codes = encoder(scans)
        loss = nn.functional.cross_entropy(probe_model(codes), grades)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    return (probe_model(encoder(scans)).argmax(1) == grades).float().mean().item()


scans, grades = torch.randn(128, 16, 16), torch.randint(0, 3, (128,))
encoder = learn_encoder(scans)
accuracy = learn_probe(scans, grades, encoder)
print(f"probe accuracy {accuracy:.3f} on encoder {encoder}")
