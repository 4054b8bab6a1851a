"""Continue masked-language-model pretraining on pregenerated epochs of a corpus."""
import argparse

import torch

parser = argparse.ArgumentParser(description="continued masked-LM pretraining")
parser.add_argument("--corpus_dir", required=True, help="folder of pregenerated epochs")
parser.add_argument("--lowercase", action="store_true", help="lower-case the text first")
parser.add_argument("--encoder", default="tiny", choices=["tiny", "base"])
parser.add_argument("--seed", type=int, default=99)
parser.add_argument("--epochs", type=int, default=3, help="epochs to read from the folder")
args = parser.parse_args()

torch.manual_seed(args.seed)
vocab = 100 if args.encoder == "tiny" else 400
head = torch.nn.Linear(32, vocab)
opt = torch.optim.Adam(head.parameters(), lr=1e-4)
for _ in range(args.epochs):
    opt.zero_grad()
    torch.nn.functional.cross_entropy(head(torch.randn(16, 32)), torch.randint(0, vocab, (16,))).backward()
    opt.step()
