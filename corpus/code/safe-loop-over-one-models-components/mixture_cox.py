"""A mixture of Cox experts: training, and one baseline-hazard fit per mixture component."""
import numpy as np
import torch
from sksurv.linear_model.coxph import BreslowEstimator
from torch import nn


class MixtureCox(nn.Module):
    def __init__(self, inputs, k=3):
        super().__init__()
        self.k = k
        self.gate = nn.Linear(inputs, k)
        self.risk = nn.Linear(inputs, k)

    def forward(self, x):
        return torch.softmax(self.gate(x), dim=1), self.risk(x)


def fit_baselines(model, x, t, e):
    with torch.no_grad():
        gates, risks = model(torch.as_tensor(x, dtype=torch.float32))
    assigned = gates.argmax(1).numpy()
    baselines = {}
    for i in range(model.k):
        chosen = assigned == i
        baselines[i] = BreslowEstimator().fit(risks[:, i].numpy()[chosen], e[chosen], t[chosen])
    return baselines


def train_mixture(x, t, e, epochs=50, random_state=0):
    torch.manual_seed(random_state)
    np.random.seed(random_state)
    model = MixtureCox(x.shape[1])
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    data = torch.as_tensor(x, dtype=torch.float32)
    for _ in range(epochs):
        optimiser.zero_grad()
        gates, risks = model(data)
        loss = -(gates * risks).sum(1).mean()
        loss.backward()
        optimiser.step()
    return model, fit_baselines(model, x, t, e)
