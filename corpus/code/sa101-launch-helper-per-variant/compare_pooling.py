"""Mean, max and attention pooling: each variant is trained by the entry point through one launch helper."""
import json
import subprocess
import sys
from pathlib import Path

INTERPRETER = sys.executable
SHARED_SEED = 23
RESULTS = Path("results")


def evaluate_variant(pooling, learning_rate, seed):
    """Train the entry point once for this variant and read back its dev score."""
    out = RESULTS / f"{pooling}.json"
    command = [
        INTERPRETER,
        "fit_tagger.py",
        "--pooling", pooling,
        "--learning-rate", str(learning_rate),
        "--hidden-size", "256",
        "--dropout", "0.1",
        "--max-epochs", "12",
        "--patience", "3",
        "--batch-size", "64",
        "--warmup-steps", "500",
        "--seed", str(seed),
        "--out", str(out),
    ]
    subprocess.run(command, check=True)
    return json.loads(out.read_text())["dev_f1"]


def main():
    variants = {"mean": 1e-3, "max": 1e-3, "attention": 5e-4}
    scores = {}
    for pooling, learning_rate in variants.items():
        scores[pooling] = evaluate_variant(pooling, learning_rate, seed=SHARED_SEED)  # expect: SA101
    print(max(scores, key=scores.get), scores)


if __name__ == "__main__":
    main()
