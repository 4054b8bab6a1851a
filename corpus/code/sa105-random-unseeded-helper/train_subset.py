"""Few-shot fine-tuning on a random subset of the labelled pool."""
import argparse
import json
import random

from common.seeding import fix_seeds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shots", type=int, default=16)
    args = parser.parse_args()
    fix_seeds(args.seed)
    with open("pool.jsonl", encoding="utf-8") as handle:
        pool = [json.loads(line) for line in handle]
    subset = random.sample(pool, args.shots)  # expect: SA105
    print(len(subset))


if __name__ == "__main__":
    main()
