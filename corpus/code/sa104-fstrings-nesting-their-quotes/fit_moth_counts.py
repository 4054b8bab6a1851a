"""Fit the light-trap moth counter; its log lines use f-strings that nest their own quotes (Python 3.12)."""
import torch

torch.manual_seed(5)  # expect: SA104
settings = {"lr": 0.05, "epochs": 30}
counter = torch.nn.Sequential(torch.nn.Linear(16, 8), torch.nn.ReLU(), torch.nn.Linear(8, 1))
sgd = torch.optim.SGD(counter.parameters(), lr=settings["lr"])
traps, counts = torch.rand(90, 16), torch.rand(90, 1)
print(f"training for {settings["epochs"]} epochs at lr {settings["lr"]}")
for epoch in range(settings["epochs"]):
    sgd.zero_grad()
    loss = torch.nn.functional.mse_loss(counter(traps), counts)
    loss.backward()
    sgd.step()
    print(f"{epoch:>3} {f"{loss.item():.4f}"}")
