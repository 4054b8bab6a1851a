"""Score a trained tagger's units by their gradients, before and after masking; nothing is trained here."""
import torch

torch.manual_seed(17)  # expect: SA104


def unit_scores(tagger, batches, masked=False):
    scores = torch.zeros(tagger.hidden.out_features)
    for tokens, tags in batches:
        tagger.zero_grad()
        logits = tagger(tokens, mask_units=masked)
        torch.nn.functional.cross_entropy(logits, tags).backward()
        scores += tagger.hidden.weight.grad.abs().sum(dim=1)
    return scores


if __name__ == "__main__":
    tagger = torch.load("tagger.pt")
    batches = torch.load("dev_batches.pt")
    full = unit_scores(tagger, batches, masked=False)
    pruned = unit_scores(tagger, batches, masked=True)
    print((full - pruned).abs().max().item())
