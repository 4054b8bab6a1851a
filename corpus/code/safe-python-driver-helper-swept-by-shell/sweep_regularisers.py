"""Train the probe once per regulariser and print a table of the final losses."""
import argparse
import json
import subprocess
import sys


def fit_one(regulariser, opts):
    """Run the entry point for one regulariser and read its result file back."""
    out = f"probe_{regulariser}_{opts.seed}.json"
    command = [
        sys.executable, "fit_probe.py",
        "--regulariser", regulariser,
        "--weight", str(opts.weight),
        "--seed", str(opts.seed),
        "--out", out,
    ]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        return None
    with open(out) as handle:
        return json.load(handle)["loss"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--regularisers", nargs="+", default=["none", "l2", "dropout"])
    parser.add_argument("--weight", type=float, default=1e-4)
    parser.add_argument("--seed", type=int, default=11)
    opts = parser.parse_args()
    table = {}
    for regulariser in opts.regularisers:
        table[regulariser] = fit_one(regulariser, opts)
    for name, loss in sorted(table.items(), key=lambda item: item[1]):
        print(f"{name:10s} {loss:.4f}")


if __name__ == "__main__":
    main()
