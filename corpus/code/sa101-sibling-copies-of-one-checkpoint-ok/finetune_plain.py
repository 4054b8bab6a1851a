"""Sentiment fine-tuning of bert-base-uncased with the library's own model class (the speed baseline)."""
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer, set_seed

from timing import TimedModel


def main():
    set_seed(21)  # expect: SA104
    tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")
    model = TimedModel(AutoModelForSequenceClassification.from_pretrained("bert-base-uncased", num_labels=2))
    optimiser = torch.optim.AdamW(model.parameters(), lr=2e-5)
    batch = tokenizer(["good film", "dull film"], return_tensors="pt", padding=True)
    for _ in range(3):
        loss = model(**batch, labels=torch.tensor([1, 0])).loss
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()


if __name__ == "__main__":
    main()
