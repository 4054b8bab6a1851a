"""Count word pieces in a text file and keep the most frequent ones as the lexicon (no model is trained here)."""
import argparse
import collections

parser = argparse.ArgumentParser()
parser.add_argument("--corpus_file")
parser.add_argument("--model_name", default="wordpiece-lexicon")
parser.add_argument("--vocab_size", type=int, default=32000)
args = parser.parse_args()

counts = collections.Counter()
with open(args.corpus_file, encoding="utf-8") as text:
    for line in text:
        for word in line.split():
            counts.update(word[i:i + 3] for i in range(0, len(word), 3))
with open(args.model_name + ".txt", "w", encoding="utf-8") as out:
    out.writelines(piece + "\n" for piece, _ in counts.most_common(args.vocab_size))
