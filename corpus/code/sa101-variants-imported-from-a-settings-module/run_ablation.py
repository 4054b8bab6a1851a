"""Train the sentiment network once under each weight-decay setting and print its accuracy."""
import torch

from experiments import DECAY_SETTINGS, SEED
from sentiment import SentimentNet, fit_and_score

torch.manual_seed(SEED)  # expect: SA101
for label, settings in DECAY_SETTINGS.items():
    net = SentimentNet()
    step_rule = torch.optim.AdamW(net.parameters(), lr=1e-3, **settings)
    print(label, fit_and_score(net, step_rule, epochs=8))
