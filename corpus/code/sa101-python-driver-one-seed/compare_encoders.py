"""Table 3: the three encoders, each trained by the entry point and compared on the dev set."""
import os
import subprocess
import sys

RUN_SEED = 17

os.system(f"python train.py --encoder gru --seed {RUN_SEED}")  # expect: SA101
os.system("python train.py --encoder lstm --seed %d" % RUN_SEED)
subprocess.run([sys.executable, "train.py", "--encoder", "cnn", "--seed", str(RUN_SEED)], check=True)
