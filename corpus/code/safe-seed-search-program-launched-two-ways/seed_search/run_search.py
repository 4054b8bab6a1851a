"""Try many seeds of the detector's training: each trial writes its seed into the shared settings file, reloads the
training module (which reads the file when imported) and trains once."""
import argparse
import importlib
import json

import detector

STRATEGIES = {"quick": range(0, 10), "thorough": range(0, 100)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--strategy", choices=sorted(STRATEGIES), default="quick")
    args = parser.parse_args()
    scores = {}
    for trial in STRATEGIES[args.strategy]:
        with open("settings.json", "w") as out:
            json.dump({"global": trial}, out)
        module = importlib.reload(detector)
        scores[trial] = module.train_detector()
    with open("seed_search/results.json", "w") as out:
        json.dump(scores, out, indent=2)


if __name__ == "__main__":
    main()
