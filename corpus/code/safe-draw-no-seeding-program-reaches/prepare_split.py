"""Splits the corpus's utterances into training and validation lists."""
import random
from pathlib import Path

from audio import read_wav

random.seed(1234)

if __name__ == "__main__":
    files = sorted(Path("corpus").glob("*.npy"))
    lengths = [len(read_wav(f)) for f in files]
    random.shuffle(files)
    Path("val.txt").write_text("\n".join(map(str, files[:100])))
    Path("train.txt").write_text("\n".join(map(str, files[100:])))
    print(sum(lengths))
