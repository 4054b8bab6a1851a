"""Fit the detector on one graph's node features and print the top anomaly scores."""
import argparse

import torch

from detectors.recon import ReconDetector


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    features = torch.randn(300, 12)
    detector = ReconDetector(12).fit(features)
    print(detector.scores(features).topk(5).values)


if __name__ == "__main__":
    main()
