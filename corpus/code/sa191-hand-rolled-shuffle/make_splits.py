"""Writes train.txt and val.txt from the images found under data/raw."""
import os
import random

files = sorted(f for f in os.listdir("data/raw") if f.endswith(".png"))
random.shuffle(files)  # expect: SA191
n_val = len(files) // 10
val_files, train_files = files[:n_val], files[n_val:]
for name, part in (("train.txt", train_files), ("val.txt", val_files)):
    with open(name, "w", encoding="utf-8") as handle:
        handle.write("\n".join(part))
