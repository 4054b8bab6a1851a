"""Head selection rules and masked fine-tuning."""
import torch


def select_heads(model, rule, keep):
    layers, heads = model.config.num_hidden_layers, model.config.num_attention_heads
    if rule == "random":
        scores = torch.rand(layers, heads)
    else:
        scores = torch.ones(layers, heads)
    return scores >= scores.flatten().quantile(1 - keep)


def train_with_mask(model, mask, lr, out):
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr)
    model.train()
    for batch in torch.load("train_batches.pt"):
        optimizer.zero_grad()
        model(**batch, head_mask=mask.float()).loss.backward()
        optimizer.step()
    model.save_pretrained(out)
