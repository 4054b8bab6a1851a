"""Stage 2: train the link classifier on the mentions stage 1 predicted."""
import argparse
import os

import torch

from pipeline.models import LinkModel
from pipeline.data import load_documents, read_mentions


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data_dir", default="data/docs")
    parser.add_argument("--mentions_dir", default="out/mentions")
    parser.add_argument("--mentions_file", default="mention_preds.jsonl")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    train, test = load_documents(args.data_dir)
    mentions = read_mentions(os.path.join(args.mentions_dir, args.mentions_file))
    model = LinkModel(hidden=256)
    model.fit(train, mentions, epochs=args.epochs)
    print("link F1", model.score(test, mentions))


if __name__ == "__main__":
    main()
