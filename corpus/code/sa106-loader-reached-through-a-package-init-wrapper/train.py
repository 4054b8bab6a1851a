"""Train the stroke recogniser."""
import torch

from loaders import make_loader


def main():
    torch.manual_seed(0)  # expect: SA104
    model = torch.nn.GRU(2, 64, batch_first=True)
    optimiser = torch.optim.Adam(model.parameters())
    for strokes in make_loader({"root": "data", "batch": 32}):
        output, _ = model(strokes)
        loss = output.pow(2).mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()


if __name__ == "__main__":
    main()
