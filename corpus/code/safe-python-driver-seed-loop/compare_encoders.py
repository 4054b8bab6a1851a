"""Table 3: every encoder trained under five seeds by the entry point, then averaged."""
import subprocess
import sys

for seed in range(5):
    for name in ("gru", "lstm", "cnn"):
        command = f"{sys.executable} train.py --encoder {name} --seed {seed}"
        subprocess.run(command.split(), check=True)
