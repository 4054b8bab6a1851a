"""Fine-tunes a pretrained encoder, read from a local folder of weights, on the news-topic data set."""
import argparse
import random

import numpy as np
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

from topics import load_topics


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model_dir", default="./weights/bert-base-cased")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=3)
    args = parser.parse_args()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    tokenizer = AutoTokenizer.from_pretrained(args.model_dir)
    model = AutoModelForSequenceClassification.from_pretrained(args.model_dir, num_labels=7)
    train, test = load_topics(tokenizer)
    trainer = Trainer(model=model, args=TrainingArguments("out", num_train_epochs=args.epochs, seed=args.seed),
                      train_dataset=train, eval_dataset=test)
    trainer.train()
    print(trainer.evaluate())


if __name__ == "__main__":
    main()
