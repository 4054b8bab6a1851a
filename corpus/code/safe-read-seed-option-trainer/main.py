"""Train one scorer on a synthetic graph; the scorer and its tuned settings are picked by name."""
import argparse

from fitter import Fitter

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="translation", help="translation or bilinear")
    parser.add_argument("--seed", type=int, default=7, help="random seed")
    parser.add_argument("--entities", type=int, default=1000)
    parser.add_argument("--epochs", type=int, default=50)
    settings = parser.parse_args()
    settings.dim, settings.lr = 64, 1e-3
    if settings.model == "translation":
        settings.dim, settings.lr = 100, 5e-4
    elif settings.model == "bilinear":
        settings.dim, settings.lr = 200, 1e-3
    print(settings.model, Fitter(settings).fit(settings.epochs))
