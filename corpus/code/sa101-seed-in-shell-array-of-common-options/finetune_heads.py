"""Fine-tune a classifier with only the attention heads a selection rule keeps trainable."""
import argparse

import torch
from transformers import AutoModelForSequenceClassification

from heads import select_heads, train_with_mask


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="bert-base-uncased")
    parser.add_argument("--rule", choices=["random", "gradient", "activation"], default="random")
    parser.add_argument("--keep", type=float, default=0.25)
    parser.add_argument("--lr", type=float, default=2e-5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="runs/tmp")
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    model = AutoModelForSequenceClassification.from_pretrained(args.model, num_labels=3)
    mask = select_heads(model, args.rule, args.keep)
    train_with_mask(model, mask, args.lr, args.out)


if __name__ == "__main__":
    main()
