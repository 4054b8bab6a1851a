"""Pre-trains a query encoder and a passage encoder together: both are scored by one contrastive loss, and each has
its own optimiser (the passage tower uses a smaller learning rate). One system, not two rivals."""
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(11)  # expect: SA104

queries = torch.randn(4096, 64)
passages = queries + 0.1 * torch.randn(4096, 64)

query_encoder = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 32))
passage_encoder = nn.Sequential(nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 32))
query_opt = torch.optim.Adam(query_encoder.parameters(), lr=1e-3)
passage_opt = torch.optim.Adam(passage_encoder.parameters(), lr=3e-4)

for epoch in range(20):
    for batch in torch.randperm(4096).split(256):
        q = F.normalize(query_encoder(queries[batch]), dim=1)
        p = F.normalize(passage_encoder(passages[batch]), dim=1)
        scores = q @ p.T / 0.05
        loss = F.cross_entropy(scores, torch.arange(len(batch)))
        query_opt.zero_grad()
        passage_opt.zero_grad()
        loss.backward()
        query_opt.step()
        passage_opt.step()
    print(epoch, loss.item())
