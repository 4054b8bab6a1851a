"""Repeat the tagger's training to average its score over seeds."""
import subprocess
import sys

BASE_SEED = 500
REPEATS = 4

for rep in range(REPEATS):
    seed = BASE_SEED + rep
    print(f"repeat {rep} with seed {seed}")
    subprocess.run([sys.executable, "train_tagger.py", "--epochs", "8"], check=True)  # expect: SA108
