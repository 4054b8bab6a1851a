"""How well do the embeddings of each federated setting's final checkpoint cluster by class? Loads each checkpoint,
embeds the test split and scores it (the models were trained elsewhere)."""
import torch

from cluster_metric import ClusterScore
from encoder import Encoder

test_x, test_y = torch.load("test_split.pt")
model = Encoder()
for setting in ["iid", "dirichlet_0.5", "dirichlet_0.1"]:
    model.load_state_dict(torch.load(f"checkpoints/{setting}/final.pt", map_location="cpu"))
    model.eval()
    with torch.no_grad():
        embeddings = model(test_x).numpy()
    score = ClusterScore(n_clusters=10, log_dir=f"scores/{setting}")
    print(setting, score.fit(embeddings, test_y.numpy()))
