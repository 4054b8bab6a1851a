"""The same fine-tuning of bert-base-uncased through a fused-kernel wrapper class (timed against the plain one)."""
import torch
from transformers import AutoConfig, AutoTokenizer, set_seed

from fused_kernels import FusedBertClassifier


def main():
    set_seed(21)  # expect: SA104
    tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")
    config = AutoConfig.from_pretrained("bert-base-uncased", num_labels=2)
    model = FusedBertClassifier(config)
    optimiser = torch.optim.AdamW(model.parameters(), lr=2e-5)
    batch = tokenizer(["good film", "dull film"], return_tensors="pt", padding=True)
    for _ in range(3):
        loss = model(**batch, labels=torch.tensor([1, 0])).loss
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()


if __name__ == "__main__":
    main()
