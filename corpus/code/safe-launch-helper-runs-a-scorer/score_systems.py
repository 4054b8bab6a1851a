"""Score three systems' saved predictions, each with the same bootstrap draw, through one launch helper."""
import subprocess
import sys

INTERPRETER = sys.executable
BOOTSTRAP_SEED = 23


def score_system(name, seed):
    """Run the scorer on one system's predictions; it resamples the test set with the given seed."""
    command = [
        INTERPRETER,
        "bootstrap_f1.py",
        "--predictions", f"outputs/{name}.jsonl",
        "--gold", "data/test.jsonl",
        "--samples", "1000",
        "--seed", str(seed),
    ]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def main():
    for name in ["crf", "bilstm", "transformer"]:
        print(name, score_system(name, seed=BOOTSTRAP_SEED))


if __name__ == "__main__":
    main()
