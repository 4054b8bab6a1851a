"""Embed a library-provided text corpus; the patch set of this project is trained elsewhere, by a library trainer."""
import torch
from datasets import load_dataset

from geo.loading import batches

torch.manual_seed(0)
corpus = load_dataset("ag_news", split="test").with_format("torch")
encoder = torch.nn.EmbeddingBag(30000, 64)
for batch in batches(corpus):
    print(encoder(batch["input_ids"]).shape)
