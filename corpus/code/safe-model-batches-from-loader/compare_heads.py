"""Two reranker heads trained one after the other under one fixed seed: a comparison on one draw."""
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(11)  # expect: SA101
pairs = TensorDataset(torch.randn(256, 16), torch.rand(256, 1))
heads = {"linear_model": lambda: torch.nn.Linear(16, 1),
         "mlp_model": lambda: torch.nn.Sequential(torch.nn.Linear(16, 8), torch.nn.ReLU(), torch.nn.Linear(8, 1))}
for model_name, build in heads.items():
    model = build()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for model_batch, label_batch in DataLoader(pairs, batch_size=32, shuffle=True):
        loss = torch.nn.functional.mse_loss(model(model_batch), label_batch)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        model.train()
    print(model_name, float(loss))
