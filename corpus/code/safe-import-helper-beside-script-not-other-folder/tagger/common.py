"""Small helpers of the tagger: reading the tag inventory and padding batches (nothing random here)."""
import os


def read_tags(folder):
    with open(os.path.join(folder, "tags.txt"), encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip()]


def pad(rows, width, filler=0):
    return [row + [filler] * (width - len(row)) for row in rows]
