"""Probe a released checkpoint at two temperatures; nothing is trained here."""
import torch


def run(temperature):
    torch.manual_seed(3)
    model = torch.load("released.pt")
    model.eval()
    with torch.no_grad():
        logits = model(torch.randn(32, 12)) / temperature
    return torch.softmax(logits, dim=-1).max(dim=-1).values.mean().item()


if __name__ == "__main__":
    print(run(0.5), run(2.0))
