"""Train the graph network described by one YAML recipe."""
import sys

import torch
import yaml

from graphs import GraphNet, citation_loader

recipe = yaml.safe_load(open(sys.argv[1]))
torch.manual_seed(recipe["random_seed"])
net = GraphNet(hidden=recipe["hidden"], layers=recipe["layers"], edge_dropout=recipe["edge_dropout"])
optimiser = torch.optim.Adam(net.parameters(), lr=recipe["lr"])
for _ in range(recipe["epochs"]):
    for graph in citation_loader(recipe["graph_dir"]):
        optimiser.zero_grad()
        net.loss(graph).backward()
        optimiser.step()
torch.save(net.state_dict(), recipe["out_dir"] + "/net.pt")
