"""Fit a small tagger on the treebank its config names."""
import argparse
import json
import random

import torch

parser = argparse.ArgumentParser()
parser.add_argument("-c", "--config", required=True)
config = json.load(open(parser.parse_args().config, encoding="utf-8"))

random.seed(config["seed"])
torch.manual_seed(config["seed"])
rows = [line.split() for line in open(config["train_file"], encoding="utf-8") if line.strip()]
words = sorted({r[0] for r in rows})
tags = sorted({r[1] for r in rows})
tagger = torch.nn.Sequential(torch.nn.Embedding(len(words), config["hidden"]), torch.nn.Linear(config["hidden"], len(tags)))
optimizer = torch.optim.SGD(tagger.parameters(), lr=0.1)
for epoch in range(5):
    random.shuffle(rows)
    x = torch.tensor([words.index(r[0]) for r in rows])
    y = torch.tensor([tags.index(r[1]) for r in rows])
    loss = torch.nn.functional.cross_entropy(tagger(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
torch.save(tagger.state_dict(), config["output_dir"] + "tagger.pt")
