"""Score one saved tagger, named on the command line, on held-out sentences."""
import argparse

import torch

from taggers import ConvolutionalTagger, RecurrentTagger


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--which", choices=["recurrent", "convolutional"], required=True)
    args = parser.parse_args()
    if args.which == "recurrent":
        model = RecurrentTagger(80)
    else:
        model = ConvolutionalTagger(5)
    model.load_state_dict(torch.load(f"{args.which}.pt"))
    words, tags = torch.randint(0, 5000, (64, 25)), torch.randint(0, 17, (64, 25))
    with torch.no_grad():
        print(args.which, (model(words).argmax(-1) == tags).float().mean().item())


if __name__ == "__main__":
    main()
