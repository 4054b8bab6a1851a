"""Weight decay against label smoothing on the sentiment probe; the seeding helper comes from the lab's shared tools."""
import torch
from torch import nn

from lab_tools.reproducibility import set_all_seeds


def fit_probe(regulariser):
    probe = nn.Linear(768, 2)
    decay = 0.01 if regulariser == "weight_decay" else 0.0
    smoothing = 0.1 if regulariser == "label_smoothing" else 0.0
    opt = torch.optim.AdamW(probe.parameters(), lr=2e-3, weight_decay=decay)
    for _ in range(40):
        features, labels = torch.randn(64, 768), torch.randint(0, 2, (64,))
        loss = nn.functional.cross_entropy(probe(features), labels, label_smoothing=smoothing)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return probe


set_all_seeds(2024)  # expect: SA101
for method in ["weight_decay", "label_smoothing"]:
    fit_probe(method)
