"""Command-line options shared by the keyword-spotting scripts."""
import argparse


def read_options():
    parser = argparse.ArgumentParser(description="keyword spotting")
    parser.add_argument("-r", "--rng-seed", dest="rng_seed", type=int, default=1234)
    parser.add_argument("-a", "--arch", default="ds_cnn", choices=["ds_cnn", "crnn", "tc_resnet"])
    parser.add_argument("-e", "--epochs", type=int, default=30)
    return parser.parse_args()
