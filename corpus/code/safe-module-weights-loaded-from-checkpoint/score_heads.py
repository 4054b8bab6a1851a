"""Score the released gating network on a fixed random subset of the held-out set."""
import torch
from torch import nn

gate = nn.Sequential(nn.Linear(16, 48), nn.ReLU(), nn.Linear(48, 4))
gate.load_state_dict(torch.load("gate.pt"))
gate.eval()

if __name__ == "__main__":
    held_out = torch.load("held_out.pt")
    torch.manual_seed(7)
    subset = torch.randperm(len(held_out["x"]))[:500]
    with torch.no_grad():
        accuracy = (gate(held_out["x"][subset]).argmax(1) == held_out["y"][subset]).float().mean()
    print(accuracy.item())
