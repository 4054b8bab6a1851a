"""Stage 1: train the mention tagger and write its predictions on the test documents."""
import argparse
import json
import os

import torch

from pipeline.models import MentionModel
from pipeline.data import load_documents


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data_dir", default="data/docs")
    parser.add_argument("--output_dir", default="out/mentions")
    parser.add_argument("--pred_file", default="mention_preds.jsonl")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    train, test = load_documents(args.data_dir)
    model = MentionModel(hidden=256)
    model.fit(train, epochs=args.epochs)
    with open(os.path.join(args.output_dir, args.pred_file), "w") as out:
        for doc in test:
            out.write(json.dumps(model.predict(doc)) + "\n")


if __name__ == "__main__":
    main()
