"""Fine-tune one sentence encoder on the intent data; the sweep agent passes the settings as options."""
import argparse

import torch
import wandb
from transformers import AutoModelForSequenceClassification, set_seed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--encoder", default="bert-base-uncased")
    parser.add_argument("--learning_rate", type=float, default=3e-5)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    set_seed(args.seed)
    run = wandb.init(config=vars(args))
    model = AutoModelForSequenceClassification.from_pretrained(args.encoder, num_labels=77)
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.learning_rate)
    for batch in torch.load("intents.pt"):
        loss = model(**batch).loss
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    run.finish()


if __name__ == "__main__":
    main()
