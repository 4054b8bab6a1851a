"""Train once on every task's world; the position is only printed."""
import subprocess

tasks = {"reach": "grid-v1", "push": "grid-v2"}

for position, task in enumerate(tasks):
    world = tasks[task]
    print(f"{position + 1}/{len(tasks)}")
    subprocess.call(["python", "train.py", "--env", world, "--steps", "200"])
