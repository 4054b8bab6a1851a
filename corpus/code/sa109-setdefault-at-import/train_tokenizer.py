"""Builds the vocabulary; set iteration order must not change between runs."""
import os
os.environ.setdefault("PYTHONHASHSEED", "0")  # expect: SA109

import random
import sys
from collections import Counter

random.seed(0)


def build_vocab(lines, size):
    counts = Counter(token for line in lines for token in line.split())
    specials = {"<pad>", "<unk>", "<bos>", "<eos>"}
    vocab = list(specials) + [t for t, _ in counts.most_common(size)]
    return {token: index for index, token in enumerate(vocab)}


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        lines = handle.readlines()
    random.shuffle(lines)
    print(len(build_vocab(lines[:10000], 30000)))
