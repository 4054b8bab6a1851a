import subprocess

tasks = 4
seeds = [3]  # expect: SA101

for task in range(tasks):
    for seed in seeds:
        cmd = f"python tools/finetune.py --task {task} --method adapter --seed {seed}"
        subprocess.run(cmd, shell=True, check=True)
