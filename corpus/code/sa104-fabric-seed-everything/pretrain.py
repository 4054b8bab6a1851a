"""Character-level language model pretraining with Lightning Fabric."""
import lightning as L
import torch
from torch import nn
from torch.nn import functional as F

BLOCK = 64


class TinyLM(nn.Module):
    def __init__(self, vocab: int, width: int = 128):
        super().__init__()
        self.embed = nn.Embedding(vocab, width)
        self.mix = nn.GRU(width, width, batch_first=True)
        self.head = nn.Linear(width, vocab)

    def forward(self, tokens):
        hidden, _ = self.mix(self.embed(tokens))
        return self.head(hidden)


def batches(corpus: torch.Tensor, size: int):
    while True:
        starts = torch.randint(0, len(corpus) - BLOCK - 1, (size,))
        window = torch.stack([corpus[s:s + BLOCK + 1] for s in starts])
        yield window[:, :-1], window[:, 1:]


def main():
    fabric = L.Fabric(accelerator="auto", precision="bf16-mixed")
    fabric.launch()
    fabric.seed_everything(1234)  # expect: SA104
    text = open("corpus.txt", encoding="utf-8").read()
    alphabet = sorted(set(text))
    corpus = torch.tensor([alphabet.index(ch) for ch in text])
    model = TinyLM(len(alphabet))
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)
    model, optimizer = fabric.setup(model, optimizer)
    stream = batches(corpus, 32)
    for step in range(2000):
        inputs, targets = next(stream)
        inputs, targets = fabric.to_device((inputs, targets))
        loss = F.cross_entropy(model(inputs).flatten(0, 1), targets.flatten())
        optimizer.zero_grad()
        fabric.backward(loss)
        optimizer.step()
    fabric.save("tiny-lm.ckpt", {"model": model})


if __name__ == "__main__":
    main()
