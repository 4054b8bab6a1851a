"""Which embedding model ranks held-out drug-target links best? Mean hits@10 over five training seeds."""
from statistics import mean, stdev

from pykeen.pipeline import pipeline

hits = {}
for embedding in ("DistMult", "TransR", "TuckER"):
    scores = []
    for seed in range(5):
        outcome = pipeline(dataset="Hetionet", model=embedding, epochs=30, random_seed=seed)
        scores.append(outcome.metric_results.get_metric("hits_at_10"))
    hits[embedding] = (mean(scores), stdev(scores))
print(hits)
