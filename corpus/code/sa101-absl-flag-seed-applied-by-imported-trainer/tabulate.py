"""Prints the test accuracy each saved run reached, for the seeds listed, one line per method."""
import json

from absl import app, flags

flags.DEFINE_string(name="results", default="runs/", help="folder of the runs' scores")
flags.DEFINE_list(name="seed_list", default=["7", "8", "9"], help="seeds to read")

FLAGS = flags.FLAGS


def main(_):
    for method in ("erm", "focal", "reweight"):
        scores = []
        for seed in FLAGS.seed_list:
            with open(f"{FLAGS.results}/{method}-{seed}.json") as handle:
                scores.append(json.load(handle)["test_accuracy"])
        print(method, " ".join(f"{s:.3f}" for s in scores))


if __name__ == "__main__":
    app.run(main)
