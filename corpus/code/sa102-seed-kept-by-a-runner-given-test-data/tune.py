"""Seeds treated as a hyper-parameter: the runner scores each seed on the held-out test split and the best is kept."""
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def run_seed(seed, fit_loader, check_loader, epochs=5):
    torch.manual_seed(seed)
    net = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 3))
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    for _ in range(epochs):
        for x, y in fit_loader:
            opt.zero_grad()
            nn.functional.cross_entropy(net(x), y).backward()
            opt.step()
    with torch.no_grad():
        hits = sum((net(x).argmax(1) == y).sum().item() for x, y in check_loader)
    return net.state_dict(), {"quality": hits / len(check_loader.dataset)}


def main():
    full = TensorDataset(torch.randn(900, 10), torch.randint(0, 3, (900,)))
    fit_part, _, test_part = torch.utils.data.random_split(full, [600, 150, 150], generator=torch.Generator().manual_seed(0))
    fit_loader = DataLoader(fit_part, batch_size=32, shuffle=True)
    test_loader = DataLoader(test_part, batch_size=64)
    best_quality, best_state = -1.0, None
    for seed in [3, 5, 8, 13]:
        state, report = run_seed(seed, fit_loader, test_loader)
        if report["quality"] > best_quality:  # expect: SA102
            best_quality, best_state = report["quality"], state
    torch.save(best_state, "chosen.pt")


if __name__ == "__main__":
    main()
