"""Which embedding model ranks held-out drug-target links best? One training run per model."""
from pykeen.pipeline import pipeline

SEED = 1234
hits = {}
for embedding in ("DistMult", "TransR", "TuckER"):
    outcome = pipeline(
        dataset="Hetionet",
        model=embedding,
        epochs=30,
        random_seed=SEED,  # expect: SA101
    )
    hits[embedding] = outcome.metric_results.get_metric("hits_at_10")
print(sorted(hits.items(), key=lambda item: -item[1]))
