"""Score one classifier after denoising the labels with the chosen method."""
import argparse

from sklearn.datasets import load_wine

from estimators import fit_and_score


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--classifier", default="linear")
    opts = parser.parse_args()
    features, labels = load_wine(return_X_y=True)
    half = len(labels) // 2
    print(fit_and_score(features[:half], labels[:half], features[half:], labels[half:], opts.classifier))


if __name__ == "__main__":
    main()
