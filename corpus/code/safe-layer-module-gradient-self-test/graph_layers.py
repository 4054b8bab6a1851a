"""Message-passing layers for molecule graphs."""
import torch
from torch import nn


class EdgeConv(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.message = nn.Linear(2 * channels, channels)

    def forward(self, nodes, edges):
        source, target = edges
        messages = self.message(torch.cat([nodes[source], nodes[target]], dim=-1))
        return torch.zeros_like(nodes).index_add_(0, target, messages)


if __name__ == "__main__":
    torch.manual_seed(0)
    nodes = torch.randn(5, 8, requires_grad=True)
    edges = torch.tensor([[0, 1, 2, 3], [1, 2, 3, 4]])
    layer = EdgeConv(8)
    out = layer(nodes, edges)
    out.sum().backward()
    print(out.shape, nodes.grad.abs().sum())
