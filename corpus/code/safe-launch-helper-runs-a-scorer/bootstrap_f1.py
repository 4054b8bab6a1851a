"""Bootstrap confidence interval of span F1 over test sentences."""
import argparse
import json
import random


def span_f1(pairs):
    tp = sum(len(set(p) & set(g)) for p, g in pairs)
    pred = sum(len(p) for p, _ in pairs)
    gold = sum(len(g) for _, g in pairs)
    return 2 * tp / max(pred + gold, 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--predictions")
    parser.add_argument("--gold")
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with open(args.predictions) as p, open(args.gold) as g:
        pairs = [(json.loads(a)["spans"], json.loads(b)["spans"]) for a, b in zip(p, g)]
    rng = random.Random(args.seed)
    scores = sorted(span_f1([rng.choice(pairs) for _ in pairs]) for _ in range(args.samples))
    print(json.dumps({"f1": span_f1(pairs), "low": scores[25], "high": scores[-26]}))


if __name__ == "__main__":
    main()
