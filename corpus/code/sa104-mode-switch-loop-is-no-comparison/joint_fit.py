"""Fit one shared encoder under two objectives at once, taking turns batch by batch."""
import torch

torch.manual_seed(4)  # expect: SA104
encoder = torch.nn.Linear(16, 8)
objective_models = [torch.nn.Sequential(encoder, torch.nn.Linear(8, 2)), torch.nn.Sequential(encoder, torch.nn.Linear(8, 3))]
optimizers = [torch.optim.SGD(m.parameters(), lr=0.05) for m in objective_models]
n_objectives = len(objective_models)
batches = [[(torch.randn(4, 16), torch.randint(0, 2, (4,)))] * 10, [(torch.randn(4, 16), torch.randint(0, 3, (4,)))] * 10]

for epoch in range(3):
    for objective_model in objective_models:
        objective_model.zero_grad()
        objective_model.train()
    for step in range(10):
        for k in range(n_objectives):
            x, y = batches[k][step]
            loss = torch.nn.functional.cross_entropy(objective_models[k](x), y)
            optimizers[k].zero_grad()
            loss.backward()
            optimizers[k].step()
torch.save(encoder.state_dict(), "encoder.pt")
